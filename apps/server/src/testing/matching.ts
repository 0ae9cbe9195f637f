// Helpers of the tandems tests: global ids, GraphQL documents, and people with
// the facts matching reads (languages, gender, Führungszeugnis, places) written
// straight into the database (a sign-up per person would cost hashes and mails).
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, parseIsoDate } from "@lotse/domain/calendar-date";
import type { LanguageLevel, PrismaClient, VolunteerGender } from "../generated/prisma/client.ts";

export { gid, rawId } from "./global-ids.ts";

export const FAMILY_FIELDS = `id addressedAs status address phone restrictedNote art9Consent hasChild waitingSince members { firstName birthYear adult } languages { code level } needs { name } district { name }`;
export const TANDEM_FIELDS = `id status score volunteerName criteria { criterion raw weight points sentence } needsContact daysWithoutContact lastContactOn endReason
  family { id addressedAs firstNames languages { code level } district needs address phone }
  events { fromStatus toStatus reason actorName } contacts { date kind minutes note }`;

export const RegisterFamily = `mutation($input: RegisterFamilyInput!) { registerFamily(input: $input) {
  __typename ... on MutationRegisterFamilySuccess { data { ${FAMILY_FIELDS} } } ... on Error { code field message } } }`;
export const UpdateFamily = `mutation($id: ID!, $input: UpdateFamilyInput!) { updateFamily(id: $id, input: $input) {
  __typename ... on MutationUpdateFamilySuccess { data { ${FAMILY_FIELDS} } } ... on Error { code field message } } }`;
export const CloseFamily = `mutation($id: ID!, $reason: String!) { closeFamily(id: $id, reason: $reason) {
  __typename ... on MutationCloseFamilySuccess { data { status } } ... on Error { code field message } } }`;
export const Suggestions = `query($familyId: ID!) { matchSuggestions(familyId: $familyId) {
  __typename ... on QueryMatchSuggestionsSuccess { data { score volunteer { id name } family { id hasChild } criteria { criterion raw weight points sentence } } } ... on Error { code field message } } }`;
export const VolunteerSuggestions = `query($volunteerId: ID!) { volunteerSuggestions(volunteerId: $volunteerId) {
  __typename ... on QueryVolunteerSuggestionsSuccess { data { score family { id addressedAs } } } ... on Error { code field message } } }`;
export const WhyNot = `query($familyId: ID!, $volunteerId: ID!) { whyNotMatch(familyId: $familyId, volunteerId: $volunteerId) {
  __typename ... on QueryWhyNotMatchSuccess { data { allowed rule message score } } ... on Error { code field message } } }`;
export const ProposeMatch = `mutation($familyId: ID!, $volunteerId: ID!) { proposeMatch(familyId: $familyId, volunteerId: $volunteerId) {
  __typename ... on MutationProposeMatchSuccess { data { ${TANDEM_FIELDS} } } ... on Error { code field message } } }`;
export const Respond = `mutation($id: ID!, $accept: Boolean!, $reason: String) { respondToMatch(id: $id, accept: $accept, reason: $reason) {
  __typename ... on MutationRespondToMatchSuccess { data { ${TANDEM_FIELDS} } } ... on Error { code field message } } }`;
export const Pause = `mutation($id: ID!) { pauseMatch(id: $id, reason: "Urlaub") { __typename ... on MutationPauseMatchSuccess { data { status } } ... on Error { code field message } } }`;
export const Resume = `mutation($id: ID!) { resumeMatch(id: $id) { __typename ... on MutationResumeMatchSuccess { data { status } } ... on Error { code field message } } }`;
export const End = `mutation($id: ID!, $reason: TandemEndReason!, $note: String) { endMatch(id: $id, reason: $reason, note: $note) {
  __typename ... on MutationEndMatchSuccess { data { status endReason } } ... on Error { code field message } } }`;
export const LogContact = `mutation($input: LogContactInput!) { logContact(input: $input) {
  __typename ... on MutationLogContactSuccess { data { date kind minutes } } ... on Error { code field message } } }`;
export const Match = `query($id: ID!) { match(id: $id) { ${TANDEM_FIELDS} } }`;
export const MyMatches = `query { myMatches { ${TANDEM_FIELDS} } }`;
export const Matches = `query($filter: MatchesFilter) { matches(filter: $filter, first: 50) { totalCount edges { node { id status needsContact } } } }`;
export const Families = `query($filter: FamiliesFilter, $first: Int, $after: String) { families(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id addressedAs status } } } }`;
export const ProposeAssignments = `query($input: ProposeAssignmentsInput) { proposeAssignments(input: $input) {
  __typename ... on QueryProposeAssignmentsSuccess { data { total pairs { pinned score family { id } volunteer { id name } criteria { criterion sentence } } unassigned { family { id } reason message } refusedPins { problem } } }
  ... on Error { code field message } } }`;
export const ConfirmAssignments = `mutation($input: ConfirmAssignmentsInput!) { confirmAssignments(input: $input) {
  __typename ... on MutationConfirmAssignmentsSuccess { data { id status } } ... on Error { code field message } } }`;

export const today = () => berlinToday();
export const daysAgo = (d: number) => addDays(parseIsoDate(berlinToday()), -d);

export function familyInput(overrides: Record<string, unknown> = {}) {
  return {
    addressedAs: "Familie Haddad",
    members: [
      { firstName: "Rami", birthYear: 1984, adult: true },
      { firstName: "Lana", birthYear: new Date().getFullYear() - 8, adult: false },
    ],
    languages: [{ code: "ar", level: "NATIVE" }],
    germanLevel: "A2",
    districtId: null,
    address: "Bremer Straße 1, 26135 Oldenburg",
    phone: "0441 555 0101",
    needIds: [],
    wishes: "Hilfe bei der Schulanmeldung",
    wantsWomanVolunteer: false,
    times: [{ weekday: 2, start: "16:00", end: "18:00" }],
    art9Consent: false,
    restrictedNote: null,
    consent: true,
    consentVersion: 1,
    ...overrides,
  };
}

export interface VolunteerSpec {
  email: string;
  languages?: [string, LanguageLevel][];
  gender?: VolunteerGender | null;
  clearance?: boolean;
  maxTandems?: number;
  status?: "APPROVED" | "PENDING";
  districtName?: string;
  slots?: [number, number, number][];
}

/** An approved volunteer of Oldenburg with the given facts; returns the profile id. */
export async function addVolunteer(prisma: PrismaClient, spec: VolunteerSpec, organizationSlug = "oldenburg") {
  const org = await prisma.organization.findUniqueOrThrow({ where: { slug: organizationSlug } });
  const user = await prisma.user.create({ data: { email: spec.email, name: spec.email.split("@")[0]!, emailVerifiedAt: new Date() } });
  await prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
  const district = spec.districtName ? await prisma.district.findFirst({ where: { organizationId: org.id, name: spec.districtName } }) : null;
  const profile = await prisma.volunteerProfile.create({
    data: {
      organizationId: org.id,
      userId: user.id,
      status: spec.status ?? "APPROVED",
      germanLevel: "C1",
      consentVersion: 1,
      consentedAt: new Date(),
      maxTandems: spec.maxTandems ?? 1,
      gender: spec.gender ?? null,
      districtId: district?.id ?? null,
      languages: { create: (spec.languages ?? []).map(([code, level]) => ({ code, level })) },
      availability: { create: (spec.slots ?? [[2, 16 * 60, 19 * 60]]).map(([weekday, startMinute, endMinute]) => ({ weekday, startMinute, endMinute })) },
    },
  });
  if (spec.clearance) {
    await prisma.conductCertificate.create({
      data: { organizationId: org.id, volunteerId: profile.id, inspectedOn: daysAgo(10), issuedOn: daysAgo(20), hasRelevantEntry: false, inspectedById: user.id },
    });
  }
  return profile.id;
}
