// Families (newcomer households): staff register them with the family's consent,
// change them, and close them with a reason. Art. 9 data (health, religion) go
// only into the restricted note, which exists only with explicit Art. 9 consent
// (a CHECK in the migration backs it): text without that consent is refused,
// and withdrawing the consent deletes the note in the same update.
import { berlinToday } from "@lotse/domain/berlin-time";
import { isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { LANGUAGE_CODE, PHONE } from "@lotse/domain/bounds";
import { FAMILY } from "@lotse/domain/matching";
import { DomainError, notFound } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { audit } from "../audit/index.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import type { Level } from "./matching-data.service.ts";

export interface FamilyInput {
  addressedAs: string;
  members: { firstName: string; birthYear: number; adult: boolean }[];
  languages: { code: string; level: Level }[];
  germanLevel?: Level | null;
  districtId?: string | null;
  address?: string | null;
  phone?: string | null;
  needIds: string[];
  wishes?: string | null;
  requiredLanguage?: string | null;
  wantsWomanVolunteer: boolean;
  minimumSharedLevel?: Level | null;
  /** ISO weekday (1 = Monday), minutes after midnight. */
  times: { weekday: number; startMinute: number; endMinute: number }[];
  arrivalDate?: string | null;
  waitingSince?: string | null;
  art9Consent: boolean;
  restrictedNote?: string | null;
}

export interface RegisterFamilyInput extends FamilyInput {
  consent: boolean;
  consentVersion: number;
}

const invalid = (field: string, key: MessageKey = "validation.failed") => new DomainError("VALIDATION", key, field);

const blankToNull = (s: string | null | undefined) => (s == null || s.trim() === "" ? null : s.trim());

/** Checks the input against the bounds and the organisation's lists; returns it normalised. */
async function checked(ctx: ServiceCtx, input: FamilyInput) {
  const today = berlinToday(ctx.now);
  const addressedAs = input.addressedAs.trim();
  if (!addressedAs) throw invalid("addressedAs", "validation.required");
  if (addressedAs.length > FAMILY.addressedAsMax) throw invalid("addressedAs", "validation.tooLong");
  if (input.members.length === 0) throw invalid("members", "matching.membersRequired");
  if (input.members.length > FAMILY.membersMax) throw invalid("members", "validation.tooMany");
  const year = Number(today.slice(0, 4));
  input.members.forEach((m, i) => {
    if (!m.firstName.trim()) throw invalid(`members.${i}.firstName`, "validation.required");
    if (m.firstName.length > FAMILY.firstNameMax) throw invalid(`members.${i}.firstName`, "validation.tooLong");
    if (!Number.isInteger(m.birthYear) || m.birthYear < FAMILY.birthYear.min || m.birthYear > year) throw invalid(`members.${i}.birthYear`, "validation.range");
  });
  if (input.languages.length > FAMILY.languagesMax) throw invalid("languages", "validation.tooMany");
  const codes = new Set<string>();
  input.languages.forEach((l, i) => {
    if (!LANGUAGE_CODE.test(l.code)) throw invalid(`languages.${i}.code`, "validation.languageCode");
    if (codes.has(l.code.toLowerCase())) throw invalid(`languages.${i}.code`, "volunteer.duplicateLanguage");
    codes.add(l.code.toLowerCase());
  });
  const requiredLanguage = blankToNull(input.requiredLanguage)?.toLowerCase() ?? null;
  if (requiredLanguage && !LANGUAGE_CODE.test(requiredLanguage)) throw invalid("requiredLanguage", "validation.languageCode");
  const address = blankToNull(input.address);
  if (address && address.length > FAMILY.addressMax) throw invalid("address", "validation.tooLong");
  const phone = blankToNull(input.phone);
  if (phone && (phone.length > FAMILY.phoneMax || !PHONE.test(phone))) throw invalid("phone", "validation.phone");
  const wishes = (input.wishes ?? "").trim();
  if (wishes.length > FAMILY.wishesMax) throw invalid("wishes", "validation.tooLong");
  const note = blankToNull(input.restrictedNote);
  if (note && !input.art9Consent) throw new DomainError("VALIDATION", "matching.art9ConsentRequired", "restrictedNote");
  if (note && note.length > FAMILY.restrictedNoteMax) throw invalid("restrictedNote", "validation.tooLong");
  if (input.times.length > FAMILY.timesMax) throw invalid("times", "validation.tooMany");
  input.times.forEach((t, i) => {
    if (!Number.isInteger(t.weekday) || t.weekday < 1 || t.weekday > 7) throw invalid(`times.${i}.weekday`, "validation.weekday");
    if (!(t.startMinute >= 0 && t.endMinute <= 1440 && t.startMinute < t.endMinute)) throw invalid(`times.${i}.end`, "validation.timeOrder");
  });
  for (const field of ["arrivalDate", "waitingSince"] as const) {
    const value = input[field];
    if (value == null) continue;
    if (!isIsoDate(value)) throw invalid(field, "date.invalid");
    if (value > today) throw invalid(field, "date.inFuture");
  }
  const needIds = [...new Set(input.needIds)];
  if (needIds.length > FAMILY.needsMax) throw invalid("needIds", "validation.tooMany");
  const [topics, district] = await Promise.all([
    needIds.length ? ctx.db.topic.count({ where: { id: { in: needIds } } }) : 0,
    input.districtId ? ctx.db.district.findUnique({ where: { id: input.districtId }, select: { id: true } }) : null,
  ]);
  if (topics !== needIds.length) throw invalid("needIds", "volunteer.unknownTopic");
  if (input.districtId && !district) throw invalid("districtId", "volunteer.unknownDistrict");
  return {
    addressedAs,
    districtId: input.districtId ?? null,
    address,
    phone,
    germanLevel: input.germanLevel ?? null,
    wishes,
    requiredLanguage,
    wantsWomanVolunteer: input.wantsWomanVolunteer,
    minimumSharedLevel: input.minimumSharedLevel ?? "B1",
    arrivalDate: input.arrivalDate ? parseIsoDate(input.arrivalDate) : null,
    waitingSince: parseIsoDate(input.waitingSince ?? today),
    restrictedNote: note,
    members: input.members.map((m, i) => ({ firstName: m.firstName.trim(), birthYear: m.birthYear, adult: m.adult, sortOrder: i })),
    languages: input.languages.map((l) => ({ code: l.code.toLowerCase(), level: l.level })),
    needIds,
    times: input.times.map((t) => ({ weekday: t.weekday, startMinute: t.startMinute, endMinute: t.endMinute })),
  };
}

/** What the audit log keeps of a change: which fields, never the Art. 9 text itself. */
const auditedFields = (data: Record<string, unknown>) => Object.keys(data).filter((k) => k !== "restrictedNote");

export async function registerFamily(ctx: ServiceCtx, input: RegisterFamilyInput) {
  const viewer = signedIn(ctx);
  if (!input.consent) throw new DomainError("VALIDATION", "matching.consentRequired", "consent");
  if (!Number.isInteger(input.consentVersion) || input.consentVersion < FAMILY.consentVersion.min || input.consentVersion > FAMILY.consentVersion.max) {
    throw invalid("consentVersion", "validation.range");
  }
  const c = await checked(ctx, input);
  const now = nowOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const family = await tx.family.create({
      data: {
        ...familyColumns(c),
        waitingSince: c.waitingSince,
        consentVersion: input.consentVersion,
        consentedAt: now,
        art9ConsentAt: input.art9Consent ? now : null,
        restrictedNote: c.restrictedNote,
        registeredById: viewer.userId,
        members: { create: c.members },
        languages: { create: c.languages },
        times: { create: c.times },
      },
    });
    if (c.needIds.length) await tx.familyNeed.createMany({ data: c.needIds.map((topicId) => ({ familyId: family.id, topicId })) });
    await audit(tx, viewer.userId, "family.registered", { type: "Family", id: family.id }, { fields: auditedFields(c), art9Consent: input.art9Consent });
    return family;
  });
}

/** The columns a registration and an update both take as checked. */
function familyColumns(c: Awaited<ReturnType<typeof checked>>) {
  return {
    addressedAs: c.addressedAs,
    districtId: c.districtId,
    address: c.address,
    phone: c.phone,
    germanLevel: c.germanLevel,
    wishes: c.wishes,
    requiredLanguage: c.requiredLanguage,
    wantsWomanVolunteer: c.wantsWomanVolunteer,
    minimumSharedLevel: c.minimumSharedLevel,
    arrivalDate: c.arrivalDate,
  };
}

export async function updateFamily(ctx: ServiceCtx, id: string, input: FamilyInput) {
  const viewer = signedIn(ctx);
  const before = await ctx.db.family.findUnique({ where: { id } });
  if (!before) throw notFound("id");
  if (before.status === "CLOSED") throw new DomainError("CONFLICT", "matching.familyClosed", "id");
  const c = await checked(ctx, input);
  const now = nowOf(ctx);
  // Withdrawn Art. 9 consent: the note goes with it.
  const art9ConsentAt = input.art9Consent ? (before.art9ConsentAt ?? now) : null;
  const withdrawn = before.art9ConsentAt !== null && !input.art9Consent;
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.family.updateMany({
      where: { id, updatedAt: before.updatedAt },
      data: {
        ...familyColumns(c),
        waitingSince: input.waitingSince ? c.waitingSince : before.waitingSince,
        art9ConsentAt,
        restrictedNote: art9ConsentAt ? c.restrictedNote : null,
      },
    });
    // Changed meanwhile by someone else (or closed): nothing is written.
    if (count !== 1) throw new DomainError("CONFLICT", "conflict.changedMeanwhile", "id");
    await tx.familyMember.deleteMany({ where: { familyId: id } });
    await tx.familyLanguage.deleteMany({ where: { familyId: id } });
    await tx.familyTimeWindow.deleteMany({ where: { familyId: id } });
    await tx.familyNeed.deleteMany({ where: { familyId: id } });
    await tx.familyMember.createMany({ data: c.members.map((m) => ({ ...m, familyId: id })) });
    if (c.languages.length) await tx.familyLanguage.createMany({ data: c.languages.map((l) => ({ ...l, familyId: id })) });
    if (c.times.length) await tx.familyTimeWindow.createMany({ data: c.times.map((t) => ({ ...t, familyId: id })) });
    if (c.needIds.length) await tx.familyNeed.createMany({ data: c.needIds.map((topicId) => ({ familyId: id, topicId })) });
    await audit(tx, viewer.userId, withdrawn ? "family.art9ConsentWithdrawn" : "family.updated", { type: "Family", id }, {
      fields: auditedFields(c),
      ...(withdrawn ? { restrictedNoteDeleted: before.restrictedNote !== null } : {}),
    });
    return tx.family.findUniqueOrThrow({ where: { id } });
  });
}

/** Closes a family with a reason; refused while it has an open tandem (end or decline that first). */
export async function closeFamily(ctx: ServiceCtx, id: string, reason: string) {
  const viewer = signedIn(ctx);
  const why = reason.trim();
  if (!why) throw new DomainError("VALIDATION", "volunteer.reasonRequired", "reason");
  if (why.length > FAMILY.closeReasonMax) throw invalid("reason", "validation.tooLong");
  return ctx.db.$transaction(async (tx) => {
    // The family's row lock: a tandem proposed at this moment waits (the Tandem trigger takes the same lock).
    const locked = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "Family" WHERE "id" = ${id}::uuid AND "organizationId" = ${viewer.organizationId}::uuid FOR UPDATE`;
    if (!locked[0]) throw notFound("id");
    if (locked[0].status === "CLOSED") throw new DomainError("CONFLICT", "matching.familyClosed", "id");
    const open = await tx.tandem.count({ where: { familyId: id, status: { in: ["PROPOSED", "ACTIVE", "PAUSED"] } } });
    if (open > 0) throw new DomainError("CONFLICT", "matching.familyHasOpenTandem", "id");
    const family = await tx.family.update({ where: { id }, data: { status: "CLOSED", closedAt: nowOf(ctx), closedReason: why } });
    await audit(tx, viewer.userId, "family.closed", { type: "Family", id }, { reason: why });
    return family;
  });
}

export interface FamiliesFilter {
  status?: "WAITING" | "MATCHED" | "CLOSED" | null;
  language?: string | null;
  districtId?: string | null;
  /** Waiting since this day or earlier. */
  waitingSince?: string | null;
  needId?: string | null;
}

export function familiesWhere(filter: FamiliesFilter | null | undefined): Prisma.FamilyWhereInput {
  if (!filter) return {};
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.language ? { languages: { some: { code: filter.language.toLowerCase() } } } : {}),
    ...(filter.districtId ? { districtId: filter.districtId } : {}),
    ...(filter.waitingSince && isIsoDate(filter.waitingSince) ? { waitingSince: { lte: parseIsoDate(filter.waitingSince) } } : {}),
    ...(filter.needId ? { needs: { some: { topicId: filter.needId } } } : {}),
  };
}
