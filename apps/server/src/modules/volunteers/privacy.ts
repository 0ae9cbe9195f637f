// What the volunteers area stores about a person and what erasing them does.
// The profile and the hours stay, without what names the person, because
// the organisation's figures (hours per month and activity, allowances paid,
// the volunteer's yearly totals) are built from them and paid allowances are
// accounting records (§ 147 AO). Languages, topics, availability and the
// Führungszeugnis facts go: nothing needs them once the person has left.
import type { ErasureCtx, ErasurePlan, PrivacyDeclaration, UserSubject } from "../module.ts";
import { noPersonalData, ofVolunteer, personalRows, planLine, scrubbed, type ErasureRule } from "../privacy.ts";
import type { ServiceCtx } from "../service-context.ts";

/** The subject's volunteer profile in the caller's organisation (at most one). */
const profileOf = (ctx: ServiceCtx, s: UserSubject) => ctx.db.volunteerProfile.findFirst({ where: { userId: s.userId }, select: { id: true } });

const yearTotals: ErasureRule = { keep: "yearly minutes per volunteer, kept by triggers from the hour logs: the totals stay" };

const nachweisRule: ErasureRule = {
  anonymise: {},
  kept: "an issued Nachweis keeps its number, period and hours; the name and birth date in it are replaced and it is withdrawn (it no longer proves anything about a person)",
};

/** Issued Nachweise: their frozen content loses every text naming the person, and they are withdrawn. */
async function eraseNachweise(ctx: ErasureCtx, s: UserSubject): Promise<ErasurePlan> {
  const rows = await ctx.tx.nachweis.findMany({ where: ofVolunteer(s), select: { id: true, content: true, withdrawnAt: true } });
  for (const row of rows) {
    const content = scrubbed(row.content, ctx.identifying) as Record<string, unknown>;
    await ctx.tx.nachweis.update({
      where: { id: row.id },
      data: {
        content: { ...content, birthDate: null },
        ...(row.withdrawnAt ? {} : { withdrawnAt: ctx.now, withdrawnReason: "erased", withdrawnById: ctx.viewer!.userId }),
      },
    });
  }
  return planLine("Nachweis", rows.length, nachweisRule);
}

export const volunteersPrivacy: PrivacyDeclaration[] = [
  noPersonalData("ConsentText", "the organisation's consent wording, by version"),
  noPersonalData("Topic", "the organisation's list of topics"),
  noPersonalData("District", "the organisation's list of districts"),
  noPersonalData("ActivityType", "the organisation's list of activities"),
  // Includes the optional birth date (stored only for the Nachweis): exported with the profile, erased with it.
  personalRows("VolunteerProfile", (s) => ({ userId: s.userId }), {
    omit: ["calendarTokenHash"],
    erase: {
      anonymise: (ctx) => ({ phone: null, gender: null, birthDate: null, reviewReason: null, calendarTokenHash: null, offersInterpreting: false, status: "ENDED", endedAt: ctx.now }),
      kept: "the profile stays without contact data, as the id the hours, allowances and course places point to (the organisation's figures)",
    },
  }),
  personalRows("VolunteerLanguage", ofVolunteer, { erase: { delete: true } }),
  personalRows("VolunteerTopic", ofVolunteer, { erase: { delete: true } }),
  personalRows("AvailabilitySlot", ofVolunteer, { erase: { delete: true } }),
  // No duty keeps the Führungszeugnis facts once the person is gone (§ 72a SGB VIII: delete after the activity).
  personalRows("ConductCertificate", ofVolunteer, { erase: { delete: true } }),
  personalRows("HourLog", ofVolunteer, {
    erase: { anonymise: { note: null, reviewReason: null, importReason: null }, kept: "hours stay for the totals and back paid allowances and issued Nachweise (tax records); their notes go" },
  }),
  personalRows("VolunteerDay", ofVolunteer, { erase: { keep: "minutes per day, derived from the hour logs (the 5-hours-a-week rule of the Ehrenamtskarte)" } }),
  noPersonalData("HourMonthTotal", "the organisation's minutes per month and activity, summed over everyone"),
  // Minutes per volunteer and year (kept by triggers); no relation to follow, so by the profile's id.
  {
    model: "HourVolunteerYear",
    personalData: true,
    async export(ctx, s) {
      const profile = s.kind === "user" ? await profileOf(ctx, s) : null;
      return profile ? ctx.db.hourVolunteerYear.findMany({ where: { volunteerId: profile.id } }) : [];
    },
    async plan(ctx, s) {
      const profile = s.kind === "user" ? await profileOf(ctx, s) : null;
      return planLine("HourVolunteerYear", profile ? await ctx.db.hourVolunteerYear.count({ where: { volunteerId: profile.id } }) : 0, yearTotals);
    },
    async erase(ctx, s) {
      const profile = s.kind === "user" ? await profileOf(ctx, s) : null;
      return planLine("HourVolunteerYear", profile ? await ctx.tx.hourVolunteerYear.count({ where: { volunteerId: profile.id } }) : 0, yearTotals);
    },
  },
  personalRows("AllowancePayment", ofVolunteer, { erase: { anonymise: { note: null }, kept: "payments are accounting records (§ 147 AO): amounts, dates and receipts' references stay" } }),
  {
    ...personalRows("Nachweis", ofVolunteer, { erase: nachweisRule }),
    erase: async (ctx, s) => (s.kind === "user" ? eraseNachweise(ctx, s) : planLine("Nachweis", 0, nachweisRule)),
  },
  personalRows("AllowanceDeclaration", ofVolunteer, { erase: { keep: "back the yearly limits of payments made here (tax records); they name no one but the profile id" } }),
];
