// The tandems area's privacy declarations (module.ts). A person's request
// (a volunteer, a coordinator) finds their tandems, their history and contact
// log, and the digests mailed to them. Families have no account: their rows
// are never "about" a signed-in person, so a person's export holds none of
// them; a family's own request goes through familyDataExport (family-privacy.service.ts).
import type { PrivacyDeclaration } from "../module.ts";
import { noPersonalData, ofVolunteer, personalRows } from "../privacy.ts";

/** No family row is about a user account (families have no login). */
const familyRows = (model: "Family" | "FamilyMember" | "FamilyLanguage" | "FamilyNeed" | "FamilyTimeWindow"): PrivacyDeclaration => ({
  model,
  personalData: true,
  export: async () => [],
  erase: async () => ({ model, rows: 0, kept: "families have no account: a family's data are exported and erased per family (familyDataExport, eraseFamily)" }),
});

export const matchingPrivacy: PrivacyDeclaration[] = [
  familyRows("Family"),
  familyRows("FamilyMember"),
  familyRows("FamilyLanguage"),
  familyRows("FamilyNeed"),
  familyRows("FamilyTimeWindow"),
  personalRows("Tandem", ofVolunteer, { kept: "the tandem's history stays with the family's record; erasure anonymises the volunteer's account" }),
  personalRows("TandemEvent", (s) => ({ tandem: ofVolunteer(s) })),
  personalRows("TandemContact", (s) => ({ tandem: ofVolunteer(s) })),
  personalRows("TandemAlertDigest", (s) => ({ userId: s.userId })),
  noPersonalData("MatchingSettings", "the organisation's weights and alert settings"),
];
