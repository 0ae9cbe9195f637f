// Right of access (Art. 15 GDPR): everything stored about one person in the
// caller's organisation, gathered from every module's privacy hooks (module.ts),
// secrets (hashes of passwords and tokens) left out by the hooks. Every export
// is audited: who asked for whose data, when.
import { audit } from "../audit/index.ts";
import { modules } from "../index.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { resolveSubject, type ResolvedSubject } from "./subjects.service.ts";

export interface PersonalDataExport {
  person: { kind: string; name: string; ref: string };
  exportedAt: string;
  organization: string;
  /** Per module, per model the rows about the person (models without rows are left out). */
  modules: { module: string; models: { model: string; rows: Record<string, unknown>[] }[] }[];
}

/** JSON has no BigInt (audit entry ids); binary columns are not personal data here. */
export const exportJson = (data: PersonalDataExport) => JSON.stringify(data, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), 2);

export async function gatherPersonalData(ctx: ServiceCtx, resolved: ResolvedSubject): Promise<PersonalDataExport> {
  const viewer = signedIn(ctx);
  const parts = [];
  // One module after the other: a transaction-free read per model, and the machine has two cores.
  for (const m of modules) {
    const models = [];
    for (const p of m.privacy) {
      if (!p.personalData) continue;
      const rows = (await p.export(ctx, resolved.subject)) as Record<string, unknown>[];
      if (rows.length) models.push({ model: p.model, rows });
    }
    if (models.length) parts.push({ module: m.name, models });
  }
  return {
    person: { kind: resolved.subject.kind, name: resolved.name, ref: resolved.ref },
    exportedAt: nowOf(ctx).toISOString(),
    organization: viewer.organization.name,
    modules: parts,
  };
}

/** The export of the person a global ID names, audited as `privacy.exported` with the format asked for. */
export async function exportPersonalData(ctx: ServiceCtx, ref: string, format: "json" | "pdf" | "graphql"): Promise<PersonalDataExport> {
  const viewer = signedIn(ctx);
  const resolved = await resolveSubject(ctx, ref);
  const data = await gatherPersonalData(ctx, resolved);
  const rows = data.modules.reduce((n, m) => n + m.models.reduce((k, x) => k + x.rows.length, 0), 0);
  await ctx.db.$transaction((tx) => audit(tx, viewer.userId, "privacy.exported", resolved.entity, { kind: resolved.subject.kind, format, rows }));
  return data;
}
