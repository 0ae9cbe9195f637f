// The tandems area's privacy declarations (module.ts). A person's request
// (a volunteer, a coordinator) finds their tandems, their history and contact
// log, and the digests mailed to them; a family's request (a family member
// asks; families have no account) finds the family's record with its members,
// languages, needs and times and its tandems. Erasure anonymises the family
// (family-privacy.service.ts does the same for eraseFamily) and keeps the
// tandems' figures (how many, how long, how many contacts) for the statistics;
// it waits while a tandem is proposed or running (the family and the volunteer
// still work together and need each other's contact data).
import type { ErasureHold, PrivacyDeclaration, PrivacySubject } from "../module.ts";
import { ERASED, noPersonalData, ofVolunteer, personalRows, type Finders } from "../privacy.ts";
import type { ServiceCtx } from "../service-context.ts";

const OPEN = ["PROPOSED", "ACTIVE", "PAUSED"] as const;

/** A tandem of the subject: the volunteer's own, or the family's. */
const tandemOf: Finders = { user: ofVolunteer, family: (s) => ({ familyId: s.familyId }) };
const ofFamily = (s: { familyId: string }) => ({ familyId: s.familyId });

async function openTandems(ctx: ServiceCtx, s: PrivacySubject): Promise<ErasureHold[]> {
  const where = s.kind === "user" ? ofVolunteer(s) : s.kind === "family" ? ofFamily(s) : null;
  if (!where) return [];
  const open = await ctx.db.tandem.count({ where: { ...where, status: { in: [...OPEN] } } });
  return open > 0 ? [{ model: "Tandem", messageKey: s.kind === "family" ? "matching.familyHasOpenTandem" : "privacy.openTandem", params: { count: open } }] : [];
}

export const matchingPrivacy: PrivacyDeclaration[] = [
  personalRows(
    "Family",
    { family: (s) => ({ id: s.familyId }) },
    {
      erase: {
        anonymise: (ctx) => ({ addressedAs: ERASED, address: null, phone: null, wishes: "", restrictedNote: null, art9ConsentAt: null, status: "CLOSED", closedAt: ctx.now, closedReason: "erased" }),
        kept: "the record stays closed and without name, contact data or notes, for the figures (families by district and language, waiting times); the donations area's copies of the name are replaced too",
      },
    },
  ),
  personalRows("FamilyMember", { family: ofFamily }, { erase: { anonymise: { firstName: ERASED }, kept: "members stay without names, for the figures (household size, ages)" } }),
  personalRows("FamilyLanguage", { family: ofFamily }, { erase: { keep: "languages spoken: the figures of language demand" } }),
  personalRows("FamilyNeed", { family: ofFamily }, { erase: { keep: "topics asked for: the figures of demand" } }),
  personalRows("FamilyTimeWindow", { family: ofFamily }, { erase: { delete: true } }),
  personalRows("Tandem", tandemOf, {
    holds: openTandems,
    erase: { anonymise: { declineReason: null, endNote: null }, kept: "the tandem's dates and status stay for the figures (how many, how long); reasons and notes go" },
  }),
  personalRows("TandemEvent", { user: (s) => ({ tandem: ofVolunteer(s) }), family: (s) => ({ tandem: ofFamily(s) }) }, {
    erase: { anonymise: { reason: null }, kept: "the history's dates stay (time to match, ended by reason); the typed reasons go" },
  }),
  personalRows("TandemContact", { user: (s) => ({ tandem: ofVolunteer(s) }), family: (s) => ({ tandem: ofFamily(s) }) }, {
    erase: { anonymise: { note: null }, kept: "contact dates stay for the figures; the notes go" },
  }),
  personalRows("TandemAlertDigest", (s) => ({ userId: s.userId }), { erase: { delete: true } }),
  noPersonalData("MatchingSettings", "the organisation's weights and alert settings"),
];
