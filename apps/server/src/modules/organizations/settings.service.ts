// The settings an organisation changes itself (today: whether course attendance
// counts as volunteer hours, and the Ehrenamtspauschale limit by year). The
// stored JSON is changed only where the admin changed something: every other
// setting, and whatever else the JSON holds, stays as it was. The change runs
// under a row lock on the organisation, so two admins saving at once apply
// one after the other instead of the later one writing back a stale copy; and
// a save carries the values its page showed for the settings it sends
// (`seen`): when one of them is no longer stored, someone else saved it
// meanwhile, and the answer is CONFLICT (reload) instead of overwriting their
// value unseen. Two admins changing different settings at once keep both.
import { SETTINGS, within, YEAR_RANGE } from "@lotse/domain/bounds";
import { DomainError } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { readSettings, type OrganizationSettings } from "./settings.ts";
import { type ServiceCtx, signedIn } from "../service-context.ts";

export interface PauschaleLimit {
  year: number;
  limitCents: number;
}

// Payments and courses
/** Settings of payments and courses, edited in their own part of the settings page. */
export interface PaymentAndCourseSettings {
  mileageCentsPerKm: number;
  cohortCapacityMin: number;
  cohortCapacityMax: number;
  admissionInterviewByDefault: boolean;
  /** Read-only here: the Übungsleiterfreibetrag by year it came into force. */
  uebungsleiterfreibetrag: PauschaleLimit[];
}

export type PaymentAndCourseChange = { [K in Exclude<keyof PaymentAndCourseSettings, "uebungsleiterfreibetrag">]?: PaymentAndCourseSettings[K] | null };

function paymentAndCourseSettings(settings: OrganizationSettings): PaymentAndCourseSettings {
  return {
    mileageCentsPerKm: settings.volunteers.mileageCentsPerKm,
    cohortCapacityMin: settings.training.cohortCapacityMin,
    cohortCapacityMax: settings.training.cohortCapacityMax,
    admissionInterviewByDefault: settings.training.admissionInterviewByDefault,
    uebungsleiterfreibetrag: byYear(settings.volunteers.uebungsleiterfreibetragCents),
  };
}

/** The usual range must be a range: the smallest usual cohort not above the largest. */
function checkPaymentAndCourse(change: PaymentAndCourseChange, current: OrganizationSettings) {
  const min = change.cohortCapacityMin ?? current.training.cohortCapacityMin;
  const max = change.cohortCapacityMax ?? current.training.cohortCapacityMax;
  if (min > max) throw new DomainError("VALIDATION", "settings.capacityRange", change.cohortCapacityMin != null ? "cohortCapacityMin" : "cohortCapacityMax");
}

function applyPaymentAndCourse(next: Json, change: PaymentAndCourseChange) {
  const section = (name: string, values: Json) => {
    const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v != null));
    if (Object.keys(set).length > 0) next[name] = { ...(isObject(next[name]) ? next[name] : {}), ...set };
  };
  section("volunteers", { mileageCentsPerKm: change.mileageCentsPerKm });
  section("training", {
    cohortCapacityMin: change.cohortCapacityMin,
    cohortCapacityMax: change.cohortCapacityMax,
    admissionInterviewByDefault: change.admissionInterviewByDefault,
  });
}

/** What the settings page shows and edits. */
export interface EditableSettings extends PaymentAndCourseSettings {
  countAttendanceAsHours: boolean;
  /** Sorted by year. */
  ehrenamtspauschale: PauschaleLimit[];
  // Ehrenamtskarte
  ehrenamtskarte: EhrenamtskarteSettings;
  nachweis: NachweisSettings;
  // Integrationsmonitor (issue 14)
  /** People counts below it show "< N" in reports that leave the organisation. */
  smallNumberThreshold: number;
}

// Nachweis (issue 9)
/** What a Nachweis states about the organisation (its name is the organisation's own). */
export interface NachweisSettings {
  address: string;
  contactPerson: string;
  activityDescription: string;
}

// Ehrenamtskarte
export interface EhrenamtskarteSettings {
  /** N: the last N years must each meet the hours rule, and the person must have been active that long. */
  minActiveYears: number;
  validityYears: number;
  countsCourseAttendance: boolean;
}

function ehrenamtskarteSettings(settings: OrganizationSettings): EhrenamtskarteSettings {
  const v = settings.volunteers;
  return { minActiveYears: v.ehrenamtskarteMinActiveYears, validityYears: v.ehrenamtskarteValidityYears, countsCourseAttendance: v.ehrenamtskarteCountsCourseAttendance };
}

function applyEhrenamtskarte(volunteers: Json, change: Partial<EhrenamtskarteSettings> | null | undefined): Json {
  if (!change) return volunteers;
  const next = { ...volunteers };
  if (change.minActiveYears != null) next.ehrenamtskarteMinActiveYears = change.minActiveYears;
  if (change.validityYears != null) next.ehrenamtskarteValidityYears = change.validityYears;
  if (change.countsCourseAttendance != null) next.ehrenamtskarteCountsCourseAttendance = change.countsCourseAttendance;
  return next;
}

/** A change: a field left out (or null) stays as it is; a list replaces the whole list. */
export interface SettingsChange extends PaymentAndCourseChange {
  countAttendanceAsHours?: boolean | null;
  ehrenamtspauschale?: readonly PauschaleLimit[] | null;
  ehrenamtskarte?: { minActiveYears?: number | null; validityYears?: number | null; countsCourseAttendance?: boolean | null } | null;
  nachweis?: { address?: string | null; contactPerson?: string | null; activityDescription?: string | null } | null;
  smallNumberThreshold?: number | null;
}

function byYear(limits: Record<string, number>): PauschaleLimit[] {
  return Object.entries(limits)
    .map(([year, limitCents]) => ({ year: Number(year), limitCents }))
    .filter((l) => Number.isInteger(l.year))
    .sort((a, b) => a.year - b.year);
}

export function editableSettings(settings: OrganizationSettings): EditableSettings {
  return {
    countAttendanceAsHours: settings.training.countAttendanceAsHours,
    ehrenamtspauschale: byYear(settings.volunteers.ehrenamtspauschaleCents),
    ...paymentAndCourseSettings(settings),
    ehrenamtskarte: ehrenamtskarteSettings(settings),
    nachweis: { ...settings.nachweis },
    smallNumberThreshold: settings.reports.smallNumberThreshold,
  };
}

/**
 * Checks a list of limits, naming the entry at fault (`ehrenamtspauschale.2.year`).
 * The API checks ranges on input already; this keeps the service safe on its own.
 */
export function checkPauschaleLimits(limits: readonly PauschaleLimit[]) {
  if (limits.length === 0) throw new DomainError("VALIDATION", "settings.pauschaleRequired", "ehrenamtspauschale");
  const seen = new Set<number>();
  limits.forEach((limit, index) => {
    const field = `ehrenamtspauschale.${index}`;
    if (!within(limit.year, YEAR_RANGE)) {
      throw new DomainError("VALIDATION", "settings.yearRange", `${field}.year`);
    }
    if (!within(limit.limitCents, SETTINGS.pauschaleLimitCents)) {
      throw new DomainError("VALIDATION", "settings.limitRange", `${field}.limitCents`);
    }
    if (seen.has(limit.year)) throw new DomainError("VALIDATION", "settings.duplicateYear", `${field}.year`, { year: limit.year });
    seen.add(limit.year);
  });
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** The stored JSON with only the changed settings replaced. */
export function applyChange(stored: unknown, change: SettingsChange): Json {
  const next: Json = isObject(stored) ? { ...stored } : {};
  if (change.countAttendanceAsHours != null) {
    next.training = { ...(isObject(next.training) ? next.training : {}), countAttendanceAsHours: change.countAttendanceAsHours };
  }
  if (change.ehrenamtspauschale != null) {
    const byYear = Object.fromEntries([...change.ehrenamtspauschale].sort((a, b) => a.year - b.year).map((l) => [String(l.year), l.limitCents]));
    next.volunteers = { ...(isObject(next.volunteers) ? next.volunteers : {}), ehrenamtspauschaleCents: byYear };
  }
  applyPaymentAndCourse(next, change);
  if (change.ehrenamtskarte != null) {
    const ekChange = {
      minActiveYears: change.ehrenamtskarte.minActiveYears ?? undefined,
      validityYears: change.ehrenamtskarte.validityYears ?? undefined,
      countsCourseAttendance: change.ehrenamtskarte.countsCourseAttendance ?? undefined,
    };
    next.volunteers = applyEhrenamtskarte(isObject(next.volunteers) ? next.volunteers : {}, ekChange);
  }
  if (change.nachweis != null) {
    const set = Object.fromEntries(Object.entries(change.nachweis).filter(([, v]) => v != null).map(([k, v]) => [k, (v as string).trim()]));
    if (Object.keys(set).length > 0) next.nachweis = { ...(isObject(next.nachweis) ? next.nachweis : {}), ...set };
  }
  if (change.smallNumberThreshold != null) {
    next.reports = { ...(isObject(next.reports) ? next.reports : {}), smallNumberThreshold: change.smallNumberThreshold };
  }
  return next;
}

/** The settings the session lookup brought with the viewer: services read them there, never again from the database. */
export function organizationSettings(ctx: ServiceCtx): EditableSettings {
  return editableSettings(signedIn(ctx).organization.parsedSettings);
}

export async function updateOrganizationSettings(ctx: ServiceCtx, change: SettingsChange, seen?: SettingsChange | null): Promise<EditableSettings> {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  if (change.ehrenamtspauschale != null) checkPauschaleLimits(change.ehrenamtspauschale);
  // Ehrenamtskarte
  for (const field of ["minActiveYears", "validityYears"] as const) {
    const value = change.ehrenamtskarte?.[field];
    if (value != null && !within(value, SETTINGS.ehrenamtskarteYears)) throw new DomainError("VALIDATION", "settings.ehrenamtskarteYears", `ehrenamtskarte.${field}`);
  }
  if (change.smallNumberThreshold != null && !within(change.smallNumberThreshold, SETTINGS.smallNumberThreshold)) throw new DomainError("VALIDATION", "validation.range", "smallNumberThreshold");
  return db.$transaction(async (tx) => {
    // Organization is not organisation-owned (the scope does not apply): the viewer's own row, by id.
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${viewer.organizationId}::uuid FOR UPDATE`;
    const org = await tx.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { settings: true, updatedAt: true } });
    const before = editableSettings(readSettings(org.settings));
    // What the page showed, laid over what is stored: any difference is someone else's save since.
    if (seen && JSON.stringify(editableSettings(readSettings(applyChange(org.settings, seen)))) !== JSON.stringify(before)) {
      throw new DomainError("CONFLICT", "conflict.changedMeanwhile");
    }
    checkPaymentAndCourse(change, readSettings(org.settings));
    const stored = applyChange(org.settings, change);
    const after = editableSettings(readSettings(stored));
    const changes: Json = {};
    if (before.countAttendanceAsHours !== after.countAttendanceAsHours) {
      changes.countAttendanceAsHours = { from: before.countAttendanceAsHours, to: after.countAttendanceAsHours };
    }
    if (JSON.stringify(before.ehrenamtspauschale) !== JSON.stringify(after.ehrenamtspauschale)) {
      changes.ehrenamtspauschale = { from: before.ehrenamtspauschale, to: after.ehrenamtspauschale } as unknown as Prisma.InputJsonValue;
    }
    for (const key of ["mileageCentsPerKm", "cohortCapacityMin", "cohortCapacityMax", "admissionInterviewByDefault", "smallNumberThreshold"] as const) {
      if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
    }
    if (JSON.stringify(before.ehrenamtskarte) !== JSON.stringify(after.ehrenamtskarte)) {
      changes.ehrenamtskarte = { from: before.ehrenamtskarte, to: after.ehrenamtskarte } as unknown as Prisma.InputJsonValue;
    }
    if (JSON.stringify(before.nachweis) !== JSON.stringify(after.nachweis)) {
      changes.nachweis = { from: before.nachweis, to: after.nachweis } as unknown as Prisma.InputJsonValue;
    }
    if (Object.keys(changes).length === 0) return after;
    // Conditional on the row as read (the lock makes it hold; the count says so).
    const { count } = await tx.organization.updateMany({ where: { id: viewer.organizationId, updatedAt: org.updatedAt }, data: { settings: stored as Prisma.InputJsonValue } });
    if (count !== 1) throw new DomainError("CONFLICT", "conflict.changedMeanwhile");
    await audit(tx, viewer.userId, "organization.settingsUpdated", { type: "Organization", id: viewer.organizationId }, changes as Prisma.InputJsonValue);
    return after;
  });
}
