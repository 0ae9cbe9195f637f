// The retention jobs' reports and periods as GraphQL types (admins, access.ts).
import { builder } from "../../graphql/builder.ts";
import { mayManageRetention } from "./access.ts";
import type { RetentionPeriods } from "./settings.service.ts";

export const RetentionRunRef = builder.prismaObject("RetentionRun", {
  description: "One run of the retention jobs that changed something in the organisation, with what it did.",
  authScopes: { may: mayManageRetention },
  fields: (t) => ({
    id: t.exposeID("id"),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true, description: "Null: the run was cut off (the next run did the rest)." }),
    conductRecordsDeleted: t.exposeInt("conductRecordsDeleted", { description: "Führungszeugnis records deleted." }),
    familiesAnonymised: t.exposeInt("familiesAnonymised"),
    childrenAnonymised: t.exposeInt("childrenAnonymised"),
    receiptsDeleted: t.exposeInt("receiptsDeleted", { description: "Zuwendungsbestätigungen deleted after their retention date." }),
    volunteersFlagged: t.exposeInt("volunteersFlagged", { description: "Volunteers newly flagged as inactive." }),
    volunteersUnflagged: t.exposeInt("volunteersUnflagged", { description: "Volunteers whose inactivity flag was cleared." }),
    auditEntriesPruned: t.exposeInt("auditEntriesPruned"),
  }),
});

export const RetentionPeriodsRef = builder.objectRef<RetentionPeriods>("RetentionPeriods").implement({
  description: "How long personal data stay before the retention jobs act.",
  authScopes: { may: mayManageRetention },
  fields: (t) => ({
    conductRecordMonths: t.exposeInt("conductRecordMonths", { description: "Führungszeugnis records: months after the activity ended (§ 72a SGB VIII: at most 3)." }),
    familyClosedMonths: t.exposeInt("familyClosedMonths", { description: "Families: months after closing, then anonymised." }),
    childYears: t.exposeInt("childYears", { description: "Children's records: years after the last appointment, then anonymised." }),
    receiptYears: t.exposeInt("receiptYears", { description: "Zuwendungsbestätigungen: years after the year of issue (set with the donation settings)." }),
    inactiveVolunteerMonths: t.exposeInt("inactiveVolunteerMonths", { description: "Volunteers: months without hours, then flagged as inactive." }),
    auditYears: t.exposeInt("auditYears", { description: "Audit entries: years, then pruned from the start of the chain." }),
  }),
});

export const RetentionSettingsRef = builder.objectRef<{ periods: RetentionPeriods; defaults: RetentionPeriods }>("RetentionSettings").implement({
  authScopes: { may: mayManageRetention },
  fields: (t) => ({
    periods: t.field({ type: RetentionPeriodsRef, description: "What the organisation set.", resolve: (s) => s.periods }),
    defaults: t.field({ type: RetentionPeriodsRef, description: "The defaults (their sources: @lotse/domain/retention).", resolve: (s) => s.defaults }),
  }),
});
