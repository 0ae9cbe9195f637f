// The retention periods an admin sets (defaults and their sources in
// @lotse/domain/retention). They live in the organisation's settings JSON:
// the Führungszeugnis period where the volunteers module always kept it, the
// others in `retention`; the receipts' period is edited with the donation
// settings and only shown here. Saved under the organisation's row lock, like
// the other settings forms, changing only what was sent.
import { within } from "@lotse/domain/bounds";
import { RETENTION, RETENTION_EDITABLE, type RetentionSetting } from "@lotse/domain/retention";
import { DomainError } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { readSettings, type OrganizationSettings } from "../organizations/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";

export type RetentionPeriods = Record<RetentionSetting, number>;
export type RetentionChange = { [K in (typeof RETENTION_EDITABLE)[number]]?: number | null };

export function retentionPeriods(settings: OrganizationSettings): RetentionPeriods {
  return {
    conductRecordMonths: settings.volunteers.conductCertificateDeleteMonthsAfterEnd,
    familyClosedMonths: settings.retention.familyClosedMonths,
    childYears: settings.retention.childYears,
    receiptYears: settings.donations.receiptRetentionYears,
    inactiveVolunteerMonths: settings.retention.inactiveVolunteerMonths,
    auditYears: settings.retention.auditYears,
  };
}

export const DEFAULT_PERIODS = Object.fromEntries(Object.entries(RETENTION).map(([key, period]) => [key, period.default])) as RetentionPeriods;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Where each editable period is stored in the settings JSON: section and key. */
const STORED_AT: Record<(typeof RETENTION_EDITABLE)[number], [section: string, key: string]> = {
  conductRecordMonths: ["volunteers", "conductCertificateDeleteMonthsAfterEnd"],
  familyClosedMonths: ["retention", "familyClosedMonths"],
  childYears: ["retention", "childYears"],
  inactiveVolunteerMonths: ["retention", "inactiveVolunteerMonths"],
  auditYears: ["retention", "auditYears"],
};

export async function updateRetentionSettings(ctx: ServiceCtx, change: RetentionChange): Promise<RetentionPeriods> {
  const viewer = signedIn(ctx);
  for (const key of RETENTION_EDITABLE) {
    const value = change[key];
    const { range } = RETENTION[key];
    if (value != null && !within(value, range)) throw new DomainError("VALIDATION", "settings.retentionRange", key, { min: range.min, max: range.max });
  }
  return ctx.db.$transaction(async (tx) => {
    // Organization is not organisation-owned (the scope does not apply): the viewer's own row, by id.
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${viewer.organizationId}::uuid FOR UPDATE`;
    const org = await tx.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { settings: true } });
    const next: Json = isObject(org.settings) ? { ...org.settings } : {};
    const before = retentionPeriods(readSettings(next));
    for (const key of RETENTION_EDITABLE) {
      const value = change[key];
      if (value == null) continue;
      const [section, stored] = STORED_AT[key];
      next[section] = { ...(isObject(next[section]) ? next[section] : {}), [stored]: value };
    }
    const after = retentionPeriods(readSettings(next));
    const changed = RETENTION_EDITABLE.filter((k) => before[k] !== after[k]);
    if (changed.length === 0) return before;
    await tx.organization.update({ where: { id: viewer.organizationId }, data: { settings: next as Prisma.InputJsonValue } });
    await audit(tx, viewer.userId, "organization.settingsUpdated", { type: "Organization", id: viewer.organizationId }, {
      retention: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
    });
    return after;
  });
}
