// Volunteers: sign-up with consent, review, Führungszeugnis records, hours,
// allowances, the Ehrenamtskarte check, the Nachweis and the hours export.
import { defineModule } from "../module.ts";
import { noPersonalData, ofVolunteer, personalRows } from "../privacy.ts";
import * as allowanceFields from "./allowances.graphql.ts";
import { ehrenamtskarteReminder } from "./ehrenamtskarte.service.ts";
import * as ehrenamtskarteFields from "./ehrenamtskarte-fields.ts";
import { volunteerRoutes } from "./http/routes.ts";
import * as mutations from "./mutations.ts";
import * as nachweisFields from "./nachweise.graphql.ts";
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
  privacy: [
    noPersonalData("ConsentText", "the organisation's consent wording, by version"),
    noPersonalData("Topic", "the organisation's list of topics"),
    noPersonalData("District", "the organisation's list of districts"),
    noPersonalData("ActivityType", "the organisation's list of activities"),
    // Includes the optional birth date (stored only for the Nachweis): exported with the profile, erased with it.
    personalRows("VolunteerProfile", (s) => ({ userId: s.userId }), { omit: ["calendarTokenHash"] }),
    personalRows("VolunteerLanguage", ofVolunteer),
    personalRows("VolunteerTopic", ofVolunteer),
    personalRows("AvailabilitySlot", ofVolunteer),
    personalRows("ConductCertificate", ofVolunteer, { kept: "only the latest inspection; deleted by the retention job months after the volunteering ended, a rejection or a withdrawn consent (§ 72a SGB VIII)" }),
    personalRows("HourLog", ofVolunteer, { kept: "approved hours back paid allowances and issued Nachweise (tax records)" }),
    personalRows("VolunteerDay", ofVolunteer),
    noPersonalData("HourMonthTotal", "the organisation's minutes per month and activity, summed over everyone"),
    // Minutes per volunteer and year (kept by triggers); no relation to follow, so by the profile's id.
    {
      model: "HourVolunteerYear",
      personalData: true,
      async export(ctx, subject) {
        const profile = await ctx.db.volunteerProfile.findFirst({ where: { userId: subject.userId }, select: { id: true } });
        return profile ? ctx.db.hourVolunteerYear.findMany({ where: { volunteerId: profile.id } }) : [];
      },
      async erase(ctx, subject) {
        const profile = await ctx.db.volunteerProfile.findFirst({ where: { userId: subject.userId }, select: { id: true } });
        const rows = profile ? await ctx.db.hourVolunteerYear.count({ where: { volunteerId: profile.id } }) : 0;
        return { model: "HourVolunteerYear", rows, kept: "derived from the hour logs; follows them" };
      },
    },
    personalRows("AllowancePayment", ofVolunteer, { kept: "payments are accounting records (§ 147 AO)" }),
    personalRows("Nachweis", ofVolunteer, {
      kept: "an issued Nachweis is a document the person handed to an office: its frozen content (name, birth date if given, hours) stays checkable by its code; withdraw it to mark it invalid",
    }),
    personalRows("AllowanceDeclaration", ofVolunteer, { kept: "back the yearly limits of payments made here (tax records)" }),
  ],
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
