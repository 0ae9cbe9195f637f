// Schuleinstiegsberatung and the Sprachmittlerpool: children's records,
// counsellors' availability and free slots, booking without double booking,
// interpreters from the pool, reminders, outcomes, fee statements, calendars.
import { defineModule } from "../module.ts";
import { ofVolunteer, personalRows } from "../privacy.ts";
import { appointmentRoutes } from "./http/routes.ts";
import { reopenUnanswered } from "./interpreters.service.ts";
import * as mutations from "./mutations.ts";
import * as queries from "./queries.ts";
import { appointmentReminder } from "./reminders.ts";
import { childrenRetention } from "./retention.ts";
import { seedAppointmentsOffice } from "./demo-office.ts";
import * as types from "./types.ts";
import { appointmentsWorkQueue } from "./work-queue.service.ts";

/** A guardian's rows are found by the address they gave. */
const ofGuardian = (email: string) => ({ guardians: { some: { email } } });

export const appointmentsModule = defineModule({
  name: "appointments",
  graphql: [types, queries, mutations],
  routes: appointmentRoutes,
  jobs: [{ name: "reopen interpreter requests not answered in time", run: reopenUnanswered }, appointmentReminder],
  retention: [childrenRetention],
  seedOffice: seedAppointmentsOffice,
  workQueue: appointmentsWorkQueue,
  privacy: [
    // A child has no account: their record is found through a guardian's address.
    personalRows("Child", (s) => ofGuardian(s.email), { kept: "school-entry records are the office's case files (retention per the municipality's rules)" }),
    personalRows("ChildGuardian", (s) => ({ email: s.email })),
    personalRows("AvailabilityRule", (s) => ({ counsellorId: s.userId })),
    personalRows("AvailabilityException", (s) => ({ counsellorId: s.userId })),
    personalRows("Appointment", (s) => ({ OR: [{ counsellorId: s.userId }, { child: ofGuardian(s.email) }] }), { omit: ["requestFingerprint"] }),
    personalRows("InterpreterRequest", (s) => ({ interpreter: { userId: s.userId } }), { kept: "fees paid are accounting records (§ 147 AO)" }),
    personalRows("InterpreterPledge", ofVolunteer),
    personalRows("AppointmentOutcome", (s) => ({ appointment: { child: ofGuardian(s.email) } })),
    personalRows("AppointmentCalendarFeed", (s) => ({ userId: s.userId }), { omit: ["tokenHash"] }),
  ],
});
