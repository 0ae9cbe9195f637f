// The organisation's matching settings: the weights of the scored criteria
// (defaults from assignment/scoring.ts), after how many days without contact an
// ACTIVE tandem is flagged, and whether a family may have several active
// tandems. One row per organisation (MatchingSettings); no row means the
// defaults. The database trigger on Tandem reads allowSeveralActivePerFamily
// itself, so the rule holds whatever a service forgets.
import { MATCHING_SETTINGS } from "@lotse/domain/matching";
import { DomainError } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { ScopedDb } from "../../db/tenancy.ts";
import { audit } from "../audit/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { CRITERIA, DEFAULT_MATCH_WEIGHTS, type Criterion, type MatchWeights } from "./assignment/scoring.ts";

export interface MatchingSettingsValues {
  weights: MatchWeights;
  noContactAlertDays: number;
  allowSeveralActivePerFamily: boolean;
}

export const DEFAULT_MATCHING_SETTINGS: MatchingSettingsValues = {
  weights: DEFAULT_MATCH_WEIGHTS,
  noContactAlertDays: 14,
  allowSeveralActivePerFamily: false,
};

/** A criterion's weight: whole points at a full fit. */
export const WEIGHT_RANGE = MATCHING_SETTINGS.weight;

function weightsFrom(stored: unknown): MatchWeights {
  const given = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  const weights = { ...DEFAULT_MATCH_WEIGHTS };
  for (const c of CRITERIA) {
    const w = given[c];
    if (typeof w === "number" && Number.isInteger(w) && w >= WEIGHT_RANGE.min && w <= WEIGHT_RANGE.max) weights[c] = w;
  }
  return weights;
}

type SettingsReader = Pick<ScopedDb, "matchingSettings">;

/** The settings of the caller's organisation (the scoped client finds its row). */
export async function readMatchingSettings(db: SettingsReader): Promise<MatchingSettingsValues> {
  const row = await db.matchingSettings.findFirst();
  return row
    ? { weights: weightsFrom(row.weights), noContactAlertDays: row.noContactAlertDays, allowSeveralActivePerFamily: row.allowSeveralActivePerFamily }
    : DEFAULT_MATCHING_SETTINGS;
}

/**
 * The caller's organisation's no-contact alert days as the session lookup
 * read them with the viewer (identity/sessions.ts), without a statement of
 * their own; the defaults' without a settings row, as readMatchingSettings.
 */
export function noContactAlertDaysOf(viewer: { organization: { noContactAlertDays: number | null } }): number {
  return viewer.organization.noContactAlertDays ?? DEFAULT_MATCHING_SETTINGS.noContactAlertDays;
}

/** For jobs, which read across organisations with the system client. */
export async function readMatchingSettingsOf(
  prisma: { matchingSettings: { findUnique(args: { where: { organizationId: string } }): Promise<{ weights: Prisma.JsonValue; noContactAlertDays: number; allowSeveralActivePerFamily: boolean } | null> } },
  organizationId: string,
): Promise<MatchingSettingsValues> {
  const row = await prisma.matchingSettings.findUnique({ where: { organizationId } });
  return row
    ? { weights: weightsFrom(row.weights), noContactAlertDays: row.noContactAlertDays, allowSeveralActivePerFamily: row.allowSeveralActivePerFamily }
    : DEFAULT_MATCHING_SETTINGS;
}

export interface MatchingSettingsChange {
  weights?: Partial<Record<Criterion, number>> | null;
  noContactAlertDays?: number | null;
  allowSeveralActivePerFamily?: boolean | null;
}

/** Admins change the settings; a change that changes nothing writes and audits nothing. */
export async function updateMatchingSettings(ctx: ServiceCtx, change: MatchingSettingsChange): Promise<MatchingSettingsValues> {
  const viewer = signedIn(ctx);
  for (const [criterion, w] of Object.entries(change.weights ?? {})) {
    if (!(CRITERIA as readonly string[]).includes(criterion)) throw new DomainError("VALIDATION", "validation.failed", `weights.${criterion}`);
    if (w != null && (!Number.isInteger(w) || w < WEIGHT_RANGE.min || w > WEIGHT_RANGE.max)) throw new DomainError("VALIDATION", "validation.range", `weights.${criterion}`);
  }
  if (change.noContactAlertDays != null && (!Number.isInteger(change.noContactAlertDays) || change.noContactAlertDays < MATCHING_SETTINGS.noContactAlertDays.min || change.noContactAlertDays > MATCHING_SETTINGS.noContactAlertDays.max)) {
    throw new DomainError("VALIDATION", "validation.range", "noContactAlertDays");
  }
  return ctx.db.$transaction(async (tx) => {
    // Two admins saving at once apply one after the other.
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${viewer.organizationId}::uuid FOR UPDATE`;
    const before = await readMatchingSettings(tx);
    const weights = { ...before.weights };
    for (const [criterion, w] of Object.entries(change.weights ?? {})) if (w != null) weights[criterion as Criterion] = w;
    const next: MatchingSettingsValues = {
      weights,
      noContactAlertDays: change.noContactAlertDays ?? before.noContactAlertDays,
      allowSeveralActivePerFamily: change.allowSeveralActivePerFamily ?? before.allowSeveralActivePerFamily,
    };
    if (JSON.stringify(next) === JSON.stringify(before)) return before;
    const data = { weights: next.weights, noContactAlertDays: next.noContactAlertDays, allowSeveralActivePerFamily: next.allowSeveralActivePerFamily };
    await tx.matchingSettings.upsert({ where: { organizationId: viewer.organizationId }, create: data, update: data });
    await audit(tx, viewer.userId, "matching.settingsChanged", { type: "MatchingSettings", id: viewer.organizationId }, { before: { ...before }, after: { ...next } } as unknown as Prisma.InputJsonValue);
    return next;
  });
}
