// GraphQL types of the tandems area: families (coordinators), tandems with
// their history and contact log, suggestions with their explanations.
// Suggestion rows are plain objects built from the rows the matching already
// read (no query per row), so a list of suggestions costs the same statements
// whatever its length.
import { berlinToday } from "@lotse/domain/berlin-time";
import type { Locale } from "@lotse/domain/locale";
import type { Context } from "../../context.ts";
import { builder } from "../../graphql/builder.ts";
import { perRequest } from "../../graphql/request-cache.ts";
import { userName } from "../../graphql/user-names.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { translate } from "../../i18n/messages.ts";
import { serviceCtx } from "../service-context.ts";
import { auditRead } from "../audit/index.ts";
import { dateString, HourLogRef, LanguageLevelEnum, localizedName, TopicRef, VolunteerRef } from "../volunteers/index.ts";
import { canSeeTandem, familyViewOf, isCoordinator, mayCoordinateMatching, mayReadMatchingSettings } from "./access.ts";
import type { PinProblem } from "./assignment/batch-assignment.ts";
import { HARD_RULES } from "./assignment/hard-rules.ts";
import { CRITERIA } from "./assignment/scoring.ts";
import { criterionSentence, type StoredCriterion, type StoredExplanation } from "./explanations.ts";
import { daysSinceContact } from "./contact-days.ts";
import { hasMinor, type FamilyRow, type VolunteerRow } from "./matching-data.service.ts";
import { DEFAULT_MATCHING_SETTINGS, readMatchingSettings, type MatchingSettingsValues } from "./settings.service.ts";
import type { UnassignedReason } from "./suggestions.service.ts";

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const enumName = (s: string) => s.replace(/-/g, "_").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

export const FamilyStatusEnum = builder.enumType("FamilyStatus", { values: ["WAITING", "MATCHED", "CLOSED"] as const });
export const TandemStatusEnum = builder.enumType("TandemStatus", { values: ["PROPOSED", "ACTIVE", "PAUSED", "DECLINED", "ENDED"] as const });
export const TandemEndReasonEnum = builder.enumType("TandemEndReason", { values: ["GOAL_REACHED", "FAMILY_MOVED", "NOT_A_FIT", "VOLUNTEER_STOPPED", "OTHER"] as const });
export const ContactKindEnum = builder.enumType("ContactKind", { values: ["MEETING", "PHONE", "MESSAGE", "ACCOMPANIMENT"] as const });
export const VolunteerGenderEnum = builder.enumType("VolunteerGender", { values: ["WOMAN", "MAN", "DIVERSE"] as const });
export const MatchCriterionEnum = builder.enumType("MatchCriterion", {
  description: "A scored criterion: language fit, distance, shared time, needs covered, current load, Lotse qualification, waiting time.",
  values: Object.fromEntries(CRITERIA.map((c) => [enumName(c), { value: c }])) as Record<string, { value: (typeof CRITERIA)[number] }>,
});
const RULES = [...HARD_RULES, "family-not-waiting", "places-taken"] as const;
export const MatchRuleEnum = builder.enumType("MatchRule", {
  description: "A hard rule that rules a pair out (never suggested), or why a family got no volunteer in a batch.",
  values: Object.fromEntries(RULES.map((r) => [enumName(r), { value: r }])) as Record<string, { value: UnassignedReason }>,
});
export const PinProblemEnum = builder.enumType("PinProblem", {
  values: Object.fromEntries(["unknown-family", "unknown-volunteer", "duplicate", "forbidden", "family-full", "volunteer-full"].map((r) => [enumName(r), { value: r }])) as Record<
    string,
    { value: PinProblem }
  >,
});

/** The sentence of a hard rule (or batch reason) in the caller's language. */
export const ruleMessage = (ctx: Context, rule: UnassignedReason) => translate(ctx.locale, `matching.rule.${rule}`);

// ---- explanations ------------------------------------------------------------

const MatchCriterionExplanation = builder.objectRef<StoredCriterion>("MatchCriterionExplanation").implement({
  description: "One criterion of a pair's score: the raw value, the weight, the points and a sentence.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    criterion: t.field({ type: MatchCriterionEnum, resolve: (c) => c.criterion }),
    raw: t.float({ nullable: true, description: "language: level 0–7 (7 = mother tongue); distance: km; timeOverlap: hours a week; topics: needs covered; load: tandems now; qualification: 1/0; waiting: days.", resolve: (c) => c.raw }),
    weight: t.exposeInt("weight", { description: "Points at a full fit (organisation setting)." }),
    points: t.float({ resolve: (c) => c.score / 100 }),
    sentence: t.string({ description: "In the caller's language.", resolve: (c, _args, ctx) => criterionSentence(c, ctx.locale as Locale) }),
  }),
});

// ---- rows the matching read ----------------------------------------------------

const LanguageSkill = builder.objectRef<{ code: string; level: string }>("LanguageSkill").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.exposeString("code", { description: "ISO 639-1" }),
    level: t.field({ type: LanguageLevelEnum, resolve: (l) => l.level as never }),
  }),
});

export const SuggestedVolunteer = builder.objectRef<VolunteerRow>("SuggestedVolunteer").implement({
  description: "A volunteer as the matching read them.",
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    id: t.globalID({ description: "The Volunteer's id.", resolve: (v) => ({ type: "Volunteer", id: v.id }) }),
    name: t.exposeString("name"),
    germanLevel: t.field({ type: LanguageLevelEnum, resolve: (v) => v.germanLevel }),
    languages: t.field({ type: [LanguageSkill], resolve: (v) => v.languages.map(([code, level]) => ({ code, level })) }),
    tandems: t.exposeInt("load", { description: "Proposed, active and paused tandems now." }),
    maxTandems: t.exposeInt("maxTandems"),
  }),
});

export const SuggestedFamily = builder.objectRef<FamilyRow>("SuggestedFamily").implement({
  description: "A family as the matching read it.",
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    id: t.globalID({ description: "The Family's id.", resolve: (f) => ({ type: "Family", id: f.id }) }),
    addressedAs: t.exposeString("addressedAs"),
    status: t.field({ type: FamilyStatusEnum, resolve: (f) => f.status as never }),
    waitingSince: t.string({ resolve: (f) => dateString(f.waitingSince) }),
    firstNames: t.stringList({ resolve: (f) => f.members.map(([name]) => name) }),
    hasChild: t.boolean({ resolve: (f) => hasMinor(f.members, berlinToday()) }),
    languages: t.field({ type: [LanguageSkill], resolve: (f) => f.languages.map(([code, level]) => ({ code, level })) }),
  }),
});

type SuggestionShape = { family: FamilyRow; volunteer: VolunteerRow; explanation: StoredExplanation };

export const MatchSuggestionRef = builder.objectRef<SuggestionShape>("MatchSuggestion").implement({
  description: "A pair that may be matched, with its score and why.",
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    family: t.field({ type: SuggestedFamily, resolve: (s) => s.family }),
    volunteer: t.field({ type: SuggestedVolunteer, resolve: (s) => s.volunteer }),
    score: t.float({ description: "Points (sum of the criteria's points).", resolve: (s) => s.explanation.score / 100 }),
    criteria: t.field({ type: [MatchCriterionExplanation], resolve: (s) => s.explanation.criteria }),
  }),
});

export interface WhyNotShape extends SuggestionShape {
  rule: UnassignedReason | null;
}

export const WhyNotRef = builder.objectRef<WhyNotShape>("WhyNotMatch").implement({
  description: "Whether a pair may be matched; if not, the first hard rule that stops it. The score is what the pair would get.",
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    allowed: t.boolean({ resolve: (w) => w.rule === null }),
    rule: t.field({ type: MatchRuleEnum, nullable: true, resolve: (w) => w.rule }),
    message: t.string({ nullable: true, description: "The rule in the caller's language.", resolve: (w, _args, ctx) => (w.rule ? ruleMessage(ctx, w.rule) : null) }),
    family: t.field({ type: SuggestedFamily, resolve: (s) => s.family }),
    volunteer: t.field({ type: SuggestedVolunteer, resolve: (s) => s.volunteer }),
    score: t.float({ description: "Points (sum of the criteria's points).", resolve: (s) => s.explanation.score / 100 }),
    criteria: t.field({ type: [MatchCriterionExplanation], resolve: (s) => s.explanation.criteria }),
  }),
});

type ProposedPairShape = SuggestionShape & { pinned: boolean };
const ProposedPairRef = builder.objectRef<ProposedPairShape>("ProposedPair").implement({
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    family: t.field({ type: SuggestedFamily, resolve: (s) => s.family }),
    volunteer: t.field({ type: SuggestedVolunteer, resolve: (s) => s.volunteer }),
    pinned: t.exposeBoolean("pinned"),
    score: t.float({ description: "Points (sum of the criteria's points).", resolve: (s) => s.explanation.score / 100 }),
    criteria: t.field({ type: [MatchCriterionExplanation], resolve: (s) => s.explanation.criteria }),
  }),
});

const UnassignedFamilyRef = builder.objectRef<{ family: FamilyRow; reason: UnassignedReason }>("UnassignedFamily").implement({
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    family: t.field({ type: SuggestedFamily, resolve: (u) => u.family }),
    reason: t.field({ type: MatchRuleEnum, resolve: (u) => u.reason }),
    message: t.string({ resolve: (u, _args, ctx) => ruleMessage(ctx, u.reason) }),
  }),
});

const RefusedPinRef = builder.objectRef<{ familyId: string; volunteerId: string; problem: PinProblem }>("RefusedPin").implement({
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    familyId: t.globalID({ resolve: (p) => ({ type: "Family", id: p.familyId }) }),
    volunteerId: t.globalID({ resolve: (p) => ({ type: "Volunteer", id: p.volunteerId }) }),
    problem: t.field({ type: PinProblemEnum, resolve: (p) => p.problem }),
  }),
});

export interface BatchShape {
  pairs: ProposedPairShape[];
  total: number;
  unassigned: { family: FamilyRow; reason: UnassignedReason }[];
  infeasiblePins: { familyId: string; volunteerId: string; problem: PinProblem }[];
}

export const BatchProposalRef = builder.objectRef<BatchShape>("BatchProposal").implement({
  description: "The optimal assignment for the selected families (nothing written yet: confirmAssignments does).",
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    pairs: t.field({ type: [ProposedPairRef], resolve: (b) => b.pairs }),
    total: t.float({ description: "Sum of the pairs' points: the maximum possible.", resolve: (b) => b.total / 100 }),
    unassigned: t.field({ type: [UnassignedFamilyRef], description: "Families left without a volunteer, with the rule that stopped each.", resolve: (b) => b.unassigned }),
    refusedPins: t.field({ type: [RefusedPinRef], resolve: (b) => b.infeasiblePins }),
  }),
});

// ---- families --------------------------------------------------------------------

const FamilyMemberRef = builder.prismaObject("FamilyMember", {
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    firstName: t.exposeString("firstName"),
    birthYear: t.exposeInt("birthYear"),
    adult: t.exposeBoolean("adult"),
  }),
});

const FamilyLanguageRef = builder.prismaObject("FamilyLanguage", {
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    code: t.exposeString("code", { description: "ISO 639-1" }),
    level: t.expose("level", { type: LanguageLevelEnum }),
  }),
});

const FamilyTimeWindowRef = builder.prismaObject("FamilyTimeWindow", {
  name: "FamilyTimeWindow",
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    weekday: t.exposeInt("weekday", { description: "ISO weekday, 1 = Monday" }),
    start: t.string({ description: "HH:MM, local time", resolve: (w) => hhmm(w.startMinute) }),
    end: t.string({ description: "HH:MM, local time", resolve: (w) => hhmm(w.endMinute) }),
  }),
});

export const FamilyRef = builder.prismaNode("Family", {
  id: { field: "id" },
  description: "A newcomer household (coordinators only; volunteers see a family through their tandem).",
  authScopes: { may: mayCoordinateMatching },
  fields: (t) => ({
    addressedAs: t.exposeString("addressedAs"),
    status: t.expose("status", { type: FamilyStatusEnum }),
    district: t.relation("district", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    germanLevel: t.expose("germanLevel", { type: LanguageLevelEnum, nullable: true }),
    members: t.relation("members", { query: { orderBy: { sortOrder: "asc" } } }),
    languages: t.relation("languages", { query: { orderBy: { code: "asc" } } }),
    needs: t.field({
      type: [TopicRef],
      select: { needs: { select: { topic: true } } },
      resolve: (f) => f.needs.map((n) => n.topic).sort((a, b) => a.sortOrder - b.sortOrder),
    }),
    wishes: t.exposeString("wishes"),
    requiredLanguage: t.exposeString("requiredLanguage", { nullable: true, description: "Hard preference: a language the volunteer must speak (ISO 639-1)." }),
    wantsWomanVolunteer: t.exposeBoolean("wantsWomanVolunteer"),
    minimumSharedLevel: t.expose("minimumSharedLevel", { type: LanguageLevelEnum }),
    times: t.relation("times", { query: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] } }),
    arrivalDate: t.string({ nullable: true, resolve: (f) => (f.arrivalDate ? dateString(f.arrivalDate) : null) }),
    waitingSince: t.string({ resolve: (f) => dateString(f.waitingSince) }),
    hasChild: t.boolean({ select: { members: { select: { birthYear: true, adult: true, firstName: true } } }, resolve: (f) => hasMinor(f.members.map((m) => [m.firstName, m.birthYear, m.adult]), berlinToday()) }),
    consentVersion: t.exposeInt("consentVersion"),
    consentedAt: t.expose("consentedAt", { type: "DateTime" }),
    art9Consent: t.boolean({ resolve: (f) => f.art9ConsentAt !== null }),
    art9ConsentAt: t.expose("art9ConsentAt", { type: "DateTime", nullable: true }),
    restrictedNote: t.string({
      nullable: true,
      description: "Art. 9 data (health, religion): only with Art. 9 consent, only for coordinators. Every read is audited.",
      resolve: async (f, _args, ctx) => {
        if (f.restrictedNote === null) return null;
        await auditRead(serviceCtx(ctx), "family.art9NoteRead", "Family", f.id);
        return f.restrictedNote;
      },
    }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    closedReason: t.exposeString("closedReason", { nullable: true }),
    registeredByName: t.string({ nullable: true, resolve: (f, _args, ctx) => userName(ctx, f.registeredById) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    tandems: t.relation("tandems", { query: { orderBy: { proposedAt: "desc" } } }),
  }),
});

// ---- tandems -----------------------------------------------------------------------

interface TandemFamilyShape {
  view: "PROPOSAL" | "CONTACT" | "FULL";
  id: string;
  addressedAs: string;
  firstNames: string[];
  languages: { code: string; level: string }[];
  district: string | null;
  needs: { name: string; nameTranslations: unknown; sortOrder: number }[];
  address: string | null;
  phone: string | null;
}

const TandemFamilyRef = builder.objectRef<TandemFamilyShape>("TandemFamily").implement({
  description:
    "The family as the viewer may see it through this tandem: first names, languages, district and needs; how they want to be addressed and the contact data only while the tandem is ACTIVE (coordinators always).",
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.globalID({ resolve: (f) => ({ type: "Family", id: f.id }) }),
    addressedAs: t.string({ nullable: true, resolve: (f) => (f.view === "PROPOSAL" ? null : f.addressedAs) }),
    firstNames: t.stringList({ resolve: (f) => f.firstNames }),
    languages: t.field({ type: [LanguageSkill], resolve: (f) => f.languages }),
    district: t.string({ nullable: true, description: "In the caller's language.", resolve: (f) => f.district }),
    needs: t.stringList({ description: "In the caller's language.", resolve: (f, _args, ctx) => f.needs.sort((a, b) => a.sortOrder - b.sortOrder).map((n) => localizedName(n, ctx.locale)) }),
    address: t.string({ nullable: true, resolve: (f) => (f.view === "PROPOSAL" ? null : f.address) }),
    phone: t.string({ nullable: true, resolve: (f) => (f.view === "PROPOSAL" ? null : f.phone) }),
  }),
});

const TandemEventRef = builder.prismaObject("TandemEvent", {
  authScopes: { signedIn: true },
  fields: (t) => ({
    fromStatus: t.expose("fromStatus", { type: TandemStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { type: TandemStatusEnum }),
    reason: t.exposeString("reason", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
    actorName: t.string({ nullable: true, resolve: (e, _args, ctx) => userName(ctx, e.actorUserId) }),
  }),
});

// Not a Node: a contact is reached only through its tandem (whose access rule decides), never by id alone.
export const TandemContactRef = builder.prismaObject("TandemContact", {
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    date: t.string({ resolve: (c) => dateString(c.date) }),
    kind: t.expose("kind", { type: ContactKindEnum }),
    minutes: t.exposeInt("minutes", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    recordedByName: t.string({ nullable: true, resolve: (c, _args, ctx) => userName(ctx, c.recordedById) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

/** The organisation's matching settings, once per request. */
export const settingsOf = (ctx: Context): Promise<MatchingSettingsValues> =>
  perRequest(ctx, `matchingSettings:${viewerOf(ctx).organizationId}`, () => readMatchingSettings(serviceCtx(ctx).db));

export const daysWithoutContact = daysSinceContact;

export const TandemRef = builder.prismaNode("Tandem", {
  id: { field: "id" },
  description: "A family and a volunteer: PROPOSED → ACTIVE or DECLINED; ACTIVE ⇄ PAUSED; ENDED with a reason.",
  // Coordinators, and the tandem's own volunteer.
  authScopes: (tandem, ctx) => canSeeTandem(ctx.viewer, tandem),
  fields: (t) => ({
    status: t.expose("status", { type: TandemStatusEnum }),
    family: t.field({
      type: TandemFamilyRef,
      nullable: true,
      description: "Null for a volunteer once the tandem ended or was declined.",
      select: { family: { include: { members: { orderBy: { sortOrder: "asc" } }, languages: true, district: true, needs: { select: { topic: true } } } } },
      resolve: (tandem, _args, ctx) => {
        const view = familyViewOf(ctx.viewer, tandem);
        if (view === "NONE") return null;
        const f = tandem.family;
        return {
          view,
          id: f.id,
          addressedAs: f.addressedAs,
          firstNames: f.members.map((m) => m.firstName),
          languages: f.languages.map((l) => ({ code: l.code, level: l.level })),
          district: f.district ? localizedName(f.district, ctx.locale) : null,
          needs: f.needs.map((n) => n.topic),
          address: f.address,
          phone: f.phone,
        };
      },
    }),
    volunteer: t.relation("volunteer"),
    volunteerName: t.string({ select: { volunteer: { select: { user: { select: { name: true } } } } }, resolve: (tandem) => tandem.volunteer.user.name }),
    score: t.float({ description: "Points when it was proposed.", resolve: (tandem) => tandem.score / 100 }),
    criteria: t.field({
      type: [MatchCriterionExplanation],
      description: "The explanation as shown when it was proposed.",
      resolve: (tandem) => (tandem.explanation as unknown as StoredExplanation).criteria ?? [],
    }),
    proposedAt: t.expose("proposedAt", { type: "DateTime" }),
    proposedByName: t.string({ nullable: true, resolve: (tandem, _args, ctx) => userName(ctx, tandem.proposedById) }),
    respondedAt: t.expose("respondedAt", { type: "DateTime", nullable: true }),
    declineReason: t.exposeString("declineReason", { nullable: true }),
    activatedAt: t.expose("activatedAt", { type: "DateTime", nullable: true }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    endReason: t.expose("endReason", { type: TandemEndReasonEnum, nullable: true }),
    endNote: t.exposeString("endNote", { nullable: true }),
    lastContactOn: t.string({ nullable: true, resolve: (tandem) => (tandem.lastContactOn ? dateString(tandem.lastContactOn) : null) }),
    daysWithoutContact: t.int({ nullable: true, description: "ACTIVE only: days since the last contact (or the start).", resolve: (tandem) => daysWithoutContact(tandem) }),
    needsContact: t.boolean({
      description: "ACTIVE and without contact for the organisation's alert days (default 14): flagged in the lists.",
      resolve: async (tandem, _args, ctx) => {
        const days = daysWithoutContact(tandem);
        return days !== null && days >= (await settingsOf(ctx)).noContactAlertDays;
      },
    }),
    canRespond: t.boolean({ description: "The viewer is the volunteer and the proposal is open.", resolve: (tandem, _args, ctx) => tandem.status === "PROPOSED" && ctx.viewer?.volunteerProfileId === tandem.volunteerId }),
    events: t.relation("events", { query: { orderBy: { at: "asc" } } }),
    contacts: t.relation("contacts", { query: { orderBy: [{ date: "desc" }, { createdAt: "desc" }] } }),
  }),
});

// ---- settings ------------------------------------------------------------------------

const MatchWeightRef = builder.objectRef<{ criterion: (typeof CRITERIA)[number]; weight: number }>("MatchWeight").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    criterion: t.field({ type: MatchCriterionEnum, resolve: (w) => w.criterion }),
    weight: t.exposeInt("weight"),
  }),
});

// Declared before it is implemented: its `defaults` field is a MatchingSettings too.
export const MatchingSettingsRef = builder.objectRef<MatchingSettingsValues>("MatchingSettings");
MatchingSettingsRef.implement({
  authScopes: { may: mayReadMatchingSettings },
  fields: (t) => ({
    weights: t.field({ type: [MatchWeightRef], resolve: (s) => CRITERIA.map((criterion) => ({ criterion, weight: s.weights[criterion] })) }),
    noContactAlertDays: t.exposeInt("noContactAlertDays"),
    allowSeveralActivePerFamily: t.exposeBoolean("allowSeveralActivePerFamily"),
    // The settings page shows each default beside its field, so an admin sees what they changed.
    defaults: t.field({ type: MatchingSettingsRef, description: "The values an organisation has until an admin changes them.", resolve: () => DEFAULT_MATCHING_SETTINGS }),
  }),
});

export { isCoordinator, FamilyMemberRef, FamilyLanguageRef, FamilyTimeWindowRef, TandemEventRef };

// Hour entries can name the volunteer's tandem (issue 11): the hours list shows it.
builder.prismaObjectField(HourLogRef, "tandem", (t) => t.relation("tandem", { nullable: true, description: "The volunteer's tandem the hours were for, if any." }));
// The gender the volunteer stated (for the "woman as volunteer" wish), beside the profile's fields.
builder.prismaObjectField(VolunteerRef, "gender", (t) => t.expose("gender", { type: VolunteerGenderEnum, nullable: true }));
