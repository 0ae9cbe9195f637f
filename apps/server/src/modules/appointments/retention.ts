// Children's records of the Schuleinstiegsberatung are anonymised by the
// retention runner the organisation's number of years (retention.childYears)
// after the last appointment (or the record's creation, without one): the
// names, the exact birth and arrival dates, the guardians, notes, the
// consent's giver and the family link go, as do the appointments' and
// outcomes' free-text fields. What the Integrationsmonitor counts stays: the
// birth year, languages, German level, school biography, appointments with
// their outcome, school type and class form, and the interpreter requests
// (their fees are accounting records, § 147 AO).
import { addYears } from "@lotse/domain/calendar-months";
import { audit } from "../audit/index.ts";
import type { RetentionTask } from "../retention-task.ts";

export const ANONYMISED = "—";

export const childrenRetention: RetentionTask = {
  name: "anonymise children's records the retention period after their last appointment",
  async run({ db, settings, now, record }) {
    const years = settings.retention.childYears;
    const cutoff = addYears(now, -years);
    const due = await db.child.findMany({
      where: { anonymisedAt: null, createdAt: { lte: cutoff }, appointments: { none: { startsAt: { gt: cutoff } } } },
      select: { id: true, birthDate: true },
      orderBy: { id: "asc" },
    });
    let anonymised = 0;
    for (const child of due) {
      // One child per transaction; the conditional update makes a second runner (or run) skip it.
      anonymised += await db.$transaction(async (tx) => {
        const { count } = await tx.child.updateMany({
          where: { id: child.id, anonymisedAt: null },
          data: {
            firstName: ANONYMISED,
            lastName: ANONYMISED,
            birthDate: new Date(Date.UTC(child.birthDate.getUTCFullYear(), 0, 1)),
            arrivalDate: null,
            lastClass: null,
            notes: null,
            familyId: null,
            consentGivenBy: ANONYMISED,
            anonymisedAt: now,
          },
        });
        if (count === 0) return 0;
        await tx.childGuardian.deleteMany({ where: { childId: child.id } });
        await tx.appointment.updateMany({ where: { childId: child.id }, data: { note: null, cancelReason: null } });
        await tx.appointmentOutcome.updateMany({ where: { appointment: { childId: child.id } }, data: { note: null, school: null } });
        await audit(tx, null, "child.anonymised", { type: "Child", id: child.id }, { reason: "retention", yearsAfterLastAppointment: years });
        await record(tx, "childrenAnonymised", 1);
        return 1;
      });
    }
    return anonymised;
  },
};
