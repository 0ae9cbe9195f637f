// The calendar file that goes with an appointment's mails (RFC 6047, iMIP):
// METHOD:REQUEST while the appointment stands (the first confirmation, and
// every reschedule with its raised SEQUENCE, under the same UID, so calendars
// update the one entry), METHOD:CANCEL once it is cancelled. The event is the
// one the appointment's .ics route serves: the counsellor organises, the
// interpreter attends, no child's name.
import { appointmentIcsFileName } from "@lotse/domain/file-names";
import { renderCalendar } from "../../formats/ics.ts";
import type { MailAttachment } from "../../jobs/mail-transport.ts";
import { calendarAppointmentIn } from "./calendar.service.ts";
import { appointmentEvent } from "./render/calendar.ts";
import type { Tx } from "./tx.ts";

export async function appointmentInvitation(tx: Tx, appointmentId: string, link: string): Promise<MailAttachment> {
  const a = await calendarAppointmentIn(tx, appointmentId);
  const method = a.status === "CANCELLED" ? "CANCEL" : "REQUEST";
  return {
    filename: appointmentIcsFileName(a.startsAt),
    contentType: `text/calendar; method=${method}; charset=utf-8`,
    content: renderCalendar({ name: "Lotse: Schuleinstiegsberatung", events: [appointmentEvent(a, link)], method }),
  };
}
