// Children's records: who the counselling is for. Recorded by a counsellor
// with a guardian's consent; read only by counsellors and admins (access.ts).
// Every change is audited in its transaction.
import { isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { berlinToday } from "@lotse/domain/berlin-time";
import { DomainError, notFound } from "../../errors.ts";
import type { LanguageLevel, Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { nowOf, type ServiceCtx } from "../service-context.ts";
import { assertCounselling } from "./access.ts";

export interface GuardianInput {
  name: string;
  phone?: string | null;
  email?: string | null;
  readsLanguage: string;
}

export interface ChildInput {
  firstName: string;
  lastName: string;
  birthDate: string;
  arrivalDate?: string | null;
  languages: string[];
  germanLevel?: LanguageLevel | null;
  schoolYears: number;
  schoolCountries: string[];
  lastClass?: string | null;
  familyId?: string | null;
  notes?: string | null;
  guardians: GuardianInput[];
  /** Who consented (a guardian's name): required with `consent: true`. */
  consentGivenBy: string;
  consent: boolean;
}

const LANGUAGE = /^[a-z]{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (value: string | null | undefined) => value?.trim() || null;

function required(value: string, field: string, max = 200): string {
  const v = value.trim();
  if (!v) throw new DomainError("VALIDATION", "validation.required", field);
  if (v.length > max) throw new DomainError("VALIDATION", "validation.tooLong", field);
  return v;
}

function date(value: string, field: string): Date {
  if (!isIsoDate(value)) throw new DomainError("VALIDATION", "date.invalid", field);
  return parseIsoDate(value);
}

/** Checks the input and returns the columns; every refusal names its field. */
function columns(ctx: ServiceCtx, input: ChildInput) {
  const today = berlinToday(nowOf(ctx));
  const birthDate = date(input.birthDate, "birthDate");
  if (input.birthDate > today) throw new DomainError("VALIDATION", "date.inFuture", "birthDate");
  const arrivalDate = input.arrivalDate ? date(input.arrivalDate, "arrivalDate") : null;
  if (input.arrivalDate && input.arrivalDate > today) throw new DomainError("VALIDATION", "date.inFuture", "arrivalDate");
  if (input.arrivalDate && input.arrivalDate < input.birthDate) throw new DomainError("VALIDATION", "appointments.arrivalBeforeBirth", "arrivalDate");
  input.languages.forEach((code, i) => {
    if (!LANGUAGE.test(code)) throw new DomainError("VALIDATION", "validation.languageCode", `languages.${i}`);
  });
  input.schoolCountries.forEach((code, i) => {
    if (!COUNTRY.test(code)) throw new DomainError("VALIDATION", "appointments.countryCode", `schoolCountries.${i}`);
  });
  if (!Number.isInteger(input.schoolYears) || input.schoolYears < 0 || input.schoolYears > 20) {
    throw new DomainError("VALIDATION", "validation.range", "schoolYears");
  }
  if (input.guardians.length === 0) throw new DomainError("VALIDATION", "appointments.guardianRequired", "guardians");
  if (input.guardians.length > 5) throw new DomainError("VALIDATION", "validation.tooMany", "guardians");
  const guardians = input.guardians.map((g, i) => {
    if (!LANGUAGE.test(g.readsLanguage)) throw new DomainError("VALIDATION", "validation.languageCode", `guardians.${i}.readsLanguage`);
    const email = text(g.email);
    if (email && !EMAIL.test(email)) throw new DomainError("VALIDATION", "validation.email", `guardians.${i}.email`);
    return { name: required(g.name, `guardians.${i}.name`), phone: text(g.phone), email, readsLanguage: g.readsLanguage, position: i };
  });
  if (!input.consent) throw new DomainError("VALIDATION", "appointments.consentRequired", "consent");
  return {
    child: {
      firstName: required(input.firstName, "firstName"),
      lastName: required(input.lastName, "lastName"),
      birthDate,
      arrivalDate,
      languages: [...new Set(input.languages)],
      germanLevel: input.germanLevel ?? null,
      schoolYears: input.schoolYears,
      schoolCountries: [...new Set(input.schoolCountries)],
      lastClass: text(input.lastClass),
      familyId: input.familyId ?? null,
      notes: text(input.notes),
      consentGivenBy: required(input.consentGivenBy, "consentGivenBy"),
    },
    guardians,
  };
}

/** The family named must be one of the organisation's (the matching module's). */
async function assertFamily(ctx: ServiceCtx, familyId: string | null | undefined) {
  if (!familyId) return;
  const family = await ctx.db.family.findUnique({ where: { id: familyId }, select: { id: true } });
  if (!family) throw notFound("familyId");
}

export async function registerChild(ctx: ServiceCtx, input: ChildInput) {
  const viewer = assertCounselling(ctx);
  const { child, guardians } = columns(ctx, input);
  await assertFamily(ctx, input.familyId);
  return ctx.db.$transaction(async (tx) => {
    const created = await tx.child.create({
      data: { ...child, consentedAt: nowOf(ctx), createdById: viewer.userId, guardians: { create: guardians } },
    });
    await audit(tx, viewer.userId, "appointments.childRegistered", { type: "Child", id: created.id });
    return created;
  });
}

export async function updateChild(ctx: ServiceCtx, input: { id: string; child: ChildInput }) {
  const viewer = assertCounselling(ctx);
  const existing = await ctx.db.child.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!existing) throw notFound("id");
  const { child, guardians } = columns(ctx, input.child);
  await assertFamily(ctx, input.child.familyId);
  return ctx.db.$transaction(async (tx) => {
    await tx.childGuardian.deleteMany({ where: { childId: input.id } });
    const updated = await tx.child.update({ where: { id: input.id }, data: { ...child, guardians: { create: guardians } } });
    await audit(tx, viewer.userId, "appointments.childUpdated", { type: "Child", id: input.id });
    return updated;
  });
}

export interface ChildrenFilter {
  /** Part of the first or last name. */
  search?: string | null;
}

export function childrenWhere(filter: ChildrenFilter | null | undefined): Prisma.ChildWhereInput {
  const q = filter?.search?.trim();
  return q
    ? { OR: [{ firstName: { contains: q, mode: "insensitive" } }, { lastName: { contains: q, mode: "insensitive" } }] }
    : {};
}
