// Volunteers: sign-up with consent, review, Führungszeugnis records, hours,
// allowances, the Ehrenamtskarte check, the Nachweis and the hours export.
import { defineModule } from "../module.ts";
import * as allowanceFields from "./allowances.graphql.ts";
import { ehrenamtskarteReminder } from "./ehrenamtskarte.service.ts";
import * as ehrenamtskarteFields from "./ehrenamtskarte-fields.ts";
import { volunteerRoutes } from "./http/routes.ts";
import * as mutations from "./mutations.ts";
import * as nachweisFields from "./nachweise.graphql.ts";
import { volunteersPrivacy } from "./privacy.ts";
import * as queries from "./queries.ts";
import { conductRecordsRetention, inactiveVolunteersRetention } from "./retention.ts";
import { seedVolunteersOffice } from "./demo-office.ts";
import { seedVolunteers } from "./seed.ts";
import * as types from "./types.ts";
import { volunteersWorkQueue } from "./work-queue.service.ts";

export const volunteersModule = defineModule({
  name: "volunteers",
  graphql: [types, queries, mutations, allowanceFields, ehrenamtskarteFields, nachweisFields],
  routes: volunteerRoutes,
  jobs: [ehrenamtskarteReminder],
  retention: [conductRecordsRetention, inactiveVolunteersRetention],
  seed: seedVolunteers,
  seedOffice: seedVolunteersOffice,
  workQueue: volunteersWorkQueue,
  privacy: volunteersPrivacy,
});

// The public face other modules use (training reads the caller's profile, their
// own volunteer id, the day-limit refusal and the date format; matching builds on
// the Volunteer, HourLog, Topic and District types; appointments reads the allowance totals).
export { ownVolunteerId, volunteerForViewer } from "./access.ts";
export { allowanceTotals, pauschaleLimitCents } from "./allowances.service.ts";
export { isDayLimitViolation } from "./hours.service.ts";
export { dateString, DistrictRef, HourLogRef, LanguageLevelEnum, localizedName, TopicRef, VolunteerRef } from "./types.ts";
export { myProfile } from "./volunteers.service.ts";
export { readOwnProfile } from "./own-profile.ts";
