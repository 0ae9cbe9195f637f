// Reads what the hard rules and the scorer need (assignment/features.ts) from
// the database: the organisation's volunteers, the families asked about, the
// pairs history rules out, topics and districts. A fixed number of statements
// whatever the number of volunteers (one each for volunteers, families,
// history, topics and districts), so suggestions among 5,000 volunteers cost
// the same statements as among 5.
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import { addYears } from "@lotse/domain/calendar-months";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ScopedDb } from "../../db/tenancy.ts";
import type { ServiceCtx } from "../service-context.ts";
import { signedIn } from "../service-context.ts";
import { districtDistances, LEVEL, WEEK_WORDS, weekMask, type MatchingData, type PairExclusion } from "./assignment/features.ts";

export type Level = "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | "NATIVE";
export const levelValue = (level: Level | string | null | undefined): number =>
  level ? ((LEVEL as Record<string, number>)[level === "NATIVE" ? "native" : level] ?? 0) : 0;
export const LEVEL_NAMES: readonly (Level | null)[] = [null, "A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"];

/** A volunteer as the matching sees them. */
export interface VolunteerRow {
  id: string;
  userId: string;
  name: string;
  email: string;
  locale: string;
  status: string;
  consent: boolean;
  districtId: string | null;
  maxTandems: number;
  gender: string | null;
  germanLevel: Level;
  load: number;
  inspectedOn: Date | null;
  relevantEntry: boolean | null;
  lotse: boolean;
  languages: [string, Level][];
  topics: string[];
  slots: [number, number, number][];
}

export interface FamilyRow {
  id: string;
  addressedAs: string;
  status: string;
  districtId: string | null;
  germanLevel: Level | null;
  requiredLanguage: string | null;
  wantsWomanVolunteer: boolean;
  minimumSharedLevel: Level;
  waitingSince: Date;
  languages: [string, Level][];
  needs: string[];
  windows: [number, number, number][];
  members: [string, number, boolean][];
  /** Open tandems (PROPOSED, ACTIVE, PAUSED) of the family. */
  openTandems: number;
}

export interface LoadedMatching {
  data: MatchingData;
  volunteers: VolunteerRow[];
  families: FamilyRow[];
  languageCodes: string[];
  topicIds: string[];
  districtIds: string[];
}

interface LoadOptions {
  /** Only these volunteers (else every APPROVED volunteer with consent). */
  volunteerIds?: readonly string[];
  /** These families (else every WAITING family without an open tandem). */
  familyIds?: readonly string[];
  /** Pairs the coordinator forbade (batch proposals). */
  forbidden?: ReadonlyArray<{ familyId: string; volunteerId: string }>;
}

const OPEN = Prisma.sql`('PROPOSED', 'ACTIVE', 'PAUSED')`;

export async function loadVolunteers(db: ScopedDb, organizationId: string, today: string, revalidateYears: number, ids?: readonly string[]): Promise<VolunteerRow[]> {
  const which = ids
    ? Prisma.sql`v."id" IN (${ids.length ? Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`)) : Prisma.sql`NULL`})`
    : Prisma.sql`v."status" = 'APPROVED' AND v."consentWithdrawnAt" IS NULL`;
  const validFrom = addYears(parseIsoDate(today), -revalidateYears);
  const rows = await db.$queryRaw<(Omit<VolunteerRow, "inspectedOn"> & { inspectedOn: Date | null })[]>`
    SELECT v."id", v."userId", u."name", u."email", u."locale"::text AS "locale", v."status"::text AS "status",
      v."consentWithdrawnAt" IS NULL AS "consent", v."districtId", v."maxTandems", v."gender"::text AS "gender",
      v."germanLevel"::text AS "germanLevel",
      (SELECT count(*)::int FROM "Tandem" t WHERE t."volunteerId" = v."id" AND t."status" IN ${OPEN}) AS "load",
      c."inspectedOn", c."hasRelevantEntry" AS "relevantEntry",
      EXISTS (SELECT 1 FROM "Qualification" q WHERE q."volunteerId" = v."id" AND q."revokedAt" IS NULL
        AND (q."expiresOn" IS NULL OR q."expiresOn" >= ${parseIsoDate(today)}::date)) AS "lotse",
      COALESCE((SELECT json_agg(json_build_array(l."code", l."level")) FROM "VolunteerLanguage" l WHERE l."volunteerId" = v."id"), '[]'::json) AS "languages",
      COALESCE((SELECT json_agg(vt."topicId") FROM "VolunteerTopic" vt WHERE vt."volunteerId" = v."id"), '[]'::json) AS "topics",
      COALESCE((SELECT json_agg(json_build_array(s."weekday", s."startMinute", s."endMinute")) FROM "AvailabilitySlot" s WHERE s."volunteerId" = v."id"), '[]'::json) AS "slots"
    FROM "VolunteerProfile" v
    JOIN "User" u ON u."id" = v."userId"
    LEFT JOIN LATERAL (
      SELECT cc."inspectedOn", cc."hasRelevantEntry" FROM "ConductCertificate" cc
      WHERE cc."volunteerId" = v."id" ORDER BY cc."inspectedOn" DESC, cc."createdAt" DESC LIMIT 1
    ) c ON true
    WHERE v."organizationId" = ${organizationId}::uuid AND ${which}
    ORDER BY v."sortName", v."id"`;
  // The inspection counts only while valid (re-inspection after revalidateYears).
  return rows.map((r) => ({ ...r, inspectedOn: r.inspectedOn && r.inspectedOn > validFrom ? r.inspectedOn : null }));
}

export async function loadFamilies(db: ScopedDb, organizationId: string, ids?: readonly string[]): Promise<FamilyRow[]> {
  const which = ids
    ? Prisma.sql`f."id" IN (${ids.length ? Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`)) : Prisma.sql`NULL`})`
    : Prisma.sql`f."status" = 'WAITING' AND NOT EXISTS (SELECT 1 FROM "Tandem" t WHERE t."familyId" = f."id" AND t."status" IN ${OPEN})`;
  return db.$queryRaw<FamilyRow[]>`
    SELECT f."id", f."addressedAs", f."status"::text AS "status", f."districtId", f."germanLevel"::text AS "germanLevel",
      f."requiredLanguage", f."wantsWomanVolunteer", f."minimumSharedLevel"::text AS "minimumSharedLevel", f."waitingSince",
      COALESCE((SELECT json_agg(json_build_array(l."code", l."level")) FROM "FamilyLanguage" l WHERE l."familyId" = f."id"), '[]'::json) AS "languages",
      COALESCE((SELECT json_agg(n."topicId") FROM "FamilyNeed" n WHERE n."familyId" = f."id"), '[]'::json) AS "needs",
      COALESCE((SELECT json_agg(json_build_array(w."weekday", w."startMinute", w."endMinute")) FROM "FamilyTimeWindow" w WHERE w."familyId" = f."id"), '[]'::json) AS "windows",
      COALESCE((SELECT json_agg(json_build_array(m."firstName", m."birthYear", m."adult") ORDER BY m."sortOrder") FROM "FamilyMember" m WHERE m."familyId" = f."id"), '[]'::json) AS "members",
      (SELECT count(*)::int FROM "Tandem" t WHERE t."familyId" = f."id" AND t."status" IN ${OPEN}) AS "openTandems"
    FROM "Family" f
    WHERE f."organizationId" = ${organizationId}::uuid AND ${which}
    ORDER BY f."waitingSince", f."id"`;
}

/** A child under 18 in the household (birth years only: a member born this many years ago may still be 17). */
export function hasMinor(members: FamilyRow["members"], today: string): boolean {
  const year = Number(today.slice(0, 4));
  return members.some(([, birthYear, adult]) => !adult || year - birthYear <= 18);
}

const windowsToWeek = (windows: [number, number, number][]) =>
  weekMask(windows.map(([weekday, start, end]) => ({ weekday: weekday - 1, fromHour: Math.floor(start / 60), toHour: Math.ceil(end / 60) })));

/** Loads and converts: the numbers the scorer reads, with the rows they came from (same order). */
export async function loadMatching(ctx: ServiceCtx, options: LoadOptions = {}): Promise<LoadedMatching> {
  const viewer = signedIn(ctx);
  const db = ctx.db;
  const today = berlinToday(ctx.now);
  const revalidateYears = viewer.organization.parsedSettings.volunteers.conductCertificateRevalidateYears;
  const [volunteers, families, topics, districts] = await Promise.all([
    loadVolunteers(db, viewer.organizationId, today, revalidateYears, options.volunteerIds),
    loadFamilies(db, viewer.organizationId, options.familyIds),
    db.topic.findMany({ select: { id: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    db.district.findMany({ select: { id: true, latitude: true, longitude: true }, orderBy: { id: "asc" } }),
  ]);
  const familyIds = families.map((f) => f.id);
  const volunteerIds = volunteers.map((v) => v.id);
  // History between these families and volunteers: a proposal made (or declined), or an end as "not a fit".
  const history = familyIds.length && volunteerIds.length
    ? await db.tandem.findMany({
        where: { familyId: { in: familyIds }, ...(options.volunteerIds ? { volunteerId: { in: volunteerIds } } : {}), OR: [{ status: { not: "ENDED" } }, { endReason: "NOT_A_FIT" }] },
        select: { familyId: true, volunteerId: true, status: true },
      })
    : [];
  return buildMatching({ volunteers, families, topicIds: topics.map((t) => t.id), districts, history, forbidden: options.forbidden ?? [], today });
}

export function buildMatching(input: {
  volunteers: VolunteerRow[];
  families: FamilyRow[];
  topicIds: string[];
  districts: { id: string; latitude: number; longitude: number }[];
  history: { familyId: string; volunteerId: string; status: string }[];
  forbidden: ReadonlyArray<{ familyId: string; volunteerId: string }>;
  today: string;
}): LoadedMatching {
  const { volunteers, families, topicIds, districts, today } = input;
  // Languages: every code either side speaks, German ("de") included.
  const codes = new Map<string, number>([["de", 0]]);
  const code = (c: string) => {
    let i = codes.get(c);
    if (i === undefined) codes.set(c, (i = codes.size));
    return i;
  };
  for (const v of volunteers) for (const [c] of v.languages) code(c);
  for (const f of families) {
    for (const [c] of f.languages) code(c);
    if (f.requiredLanguage) code(f.requiredLanguage);
  }
  const L = codes.size;
  const topicBit = new Map(topicIds.slice(0, 32).map((id, k) => [id, k]));
  const bits = (ids: string[]) => ids.reduce((set, id) => (topicBit.has(id) ? set | (1 << topicBit.get(id)!) : set), 0) >>> 0;
  // Districts, plus one for "unknown" whose distance to anything is unknown (NaN: no points).
  const districtIndex = new Map(districts.map((d, i) => [d.id, i]));
  const D = districts.length + 1;
  const known = districtDistances(districts.map((d) => ({ lat: d.latitude, lon: d.longitude })));
  const districtKm = new Float32Array(D * D).fill(Number.NaN);
  for (let a = 0; a < D - 1; a++) for (let b = 0; b < D - 1; b++) districtKm[a * D + b] = known[a * (D - 1) + b]!;
  const districtOf = (id: string | null) => (id !== null && districtIndex.has(id) ? districtIndex.get(id)! : D - 1);

  const n = volunteers.length;
  const languageLevel = new Uint8Array(n * L);
  const vWeek = new Uint32Array(n * WEEK_WORDS);
  volunteers.forEach((v, j) => {
    languageLevel[j * L] = levelValue(v.germanLevel);
    for (const [c, level] of v.languages) languageLevel[j * L + code(c)] = Math.max(languageLevel[j * L + code(c)]!, levelValue(level));
    vWeek.set(windowsToWeek(v.slots), j * WEEK_WORDS);
  });
  const m = families.length;
  const languageStart = new Int32Array(m + 1);
  const familyLanguages: [number, number][] = [];
  const fWeek = new Uint32Array(m * WEEK_WORDS);
  const todayDate = parseIsoDate(today);
  families.forEach((f, i) => {
    languageStart[i] = familyLanguages.length;
    if (f.germanLevel) familyLanguages.push([0, levelValue(f.germanLevel)]);
    for (const [c, level] of f.languages) if (c !== "de" || !f.germanLevel) familyLanguages.push([code(c), levelValue(level)]);
    fWeek.set(windowsToWeek(f.windows), i * WEEK_WORDS);
  });
  languageStart[m] = familyLanguages.length;

  const volunteerIndex = new Map(volunteers.map((v, j) => [v.id, j]));
  const familyIndex = new Map(families.map((f, i) => [f.id, i]));
  const exclusions: PairExclusion[] = [];
  for (const h of input.history) {
    const i = familyIndex.get(h.familyId);
    const j = volunteerIndex.get(h.volunteerId);
    if (i !== undefined && j !== undefined) exclusions.push({ family: i, volunteer: j, rule: h.status === "ENDED" ? "ended-not-a-fit" : "already-proposed" });
  }
  for (const p of input.forbidden) {
    const i = familyIndex.get(p.familyId);
    const j = volunteerIndex.get(p.volunteerId);
    if (i !== undefined && j !== undefined) exclusions.push({ family: i, volunteer: j, rule: "forbidden-by-coordinator" });
  }

  const data: MatchingData = {
    languages: L,
    districts: D,
    districtKm,
    exclusions,
    families: {
      count: m,
      district: Uint16Array.from(families, (f) => districtOf(f.districtId)),
      languageStart,
      languageId: Uint16Array.from(familyLanguages, ([c]) => c),
      languageLevel: Uint8Array.from(familyLanguages, ([, l]) => l),
      neededLevel: Uint8Array.from(families, (f) => levelValue(f.minimumSharedLevel)),
      requiredLanguage: Int16Array.from(families, (f) => (f.requiredLanguage ? code(f.requiredLanguage) : -1)),
      wantsWoman: Uint8Array.from(families, (f) => (f.wantsWomanVolunteer ? 1 : 0)),
      hasMinor: Uint8Array.from(families, (f) => (hasMinor(f.members, today) ? 1 : 0)),
      needs: Uint32Array.from(families, (f) => bits(f.needs)),
      week: fWeek,
      waitingDays: Uint16Array.from(families, (f) => Math.max(0, Math.min(65_535, Math.round((todayDate.getTime() - f.waitingSince.getTime()) / 86_400_000)))),
    },
    volunteers: {
      count: n,
      district: Uint16Array.from(volunteers, (v) => districtOf(v.districtId)),
      languageLevel,
      approved: Uint8Array.from(volunteers, (v) => (v.status === "APPROVED" && v.consent ? 1 : 0)),
      freePlaces: Uint8Array.from(volunteers, (v) => Math.max(0, Math.min(255, v.maxTandems - v.load))),
      load: Uint8Array.from(volunteers, (v) => Math.min(255, v.load)),
      tandemLimit: Uint8Array.from(volunteers, (v) => Math.max(0, Math.min(255, v.maxTandems))),
      isWoman: Uint8Array.from(volunteers, (v) => (v.gender === "WOMAN" ? 1 : 0)),
      clearance: Uint8Array.from(volunteers, (v) => (v.inspectedOn && v.relevantEntry === false ? 1 : 0)),
      lotse: Uint8Array.from(volunteers, (v) => (v.lotse ? 1 : 0)),
      topics: Uint32Array.from(volunteers, (v) => bits(v.topics)),
      week: vWeek,
    },
  };
  return { data, volunteers, families, languageCodes: [...codes.keys()], topicIds, districtIds: districts.map((d) => d.id) };
}
