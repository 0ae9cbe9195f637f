// Reading the audit log: the admin's search (by person, record, user, period)
// for the page and the CSV export, newest first.
import { endOfBerlinDay, startOfBerlinDay } from "@lotse/domain/berlin-time";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceCtx } from "../service-context.ts";

export interface AuditLogFilter {
  /** Entries made by the person with this email address or about them (their account or their volunteer profile). */
  personEmail?: string | null;
  /** Entries made by the user with this email address. */
  actorEmail?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  action?: string | null;
  /** Calendar days in Berlin, inclusive (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
}

/** The account with this address (any case), or null; an unknown address matches no entry. */
async function userIdByEmail(ctx: ServiceCtx, email: string): Promise<string | null> {
  const user = await ctx.prisma.user.findFirst({ where: { email: { equals: email.trim(), mode: "insensitive" } }, select: { id: true } });
  return user?.id ?? null;
}

const NOTHING: Prisma.AuditLogWhereInput = { id: { lt: 0 } };

/** Entries about any of the records: by their own entity, or as one of the records a read entry names (reads.ts). */
const aboutAny = (ids: string[]): Prisma.AuditLogWhereInput => ({
  OR: [{ entityId: { in: ids } }, ...ids.map((id) => ({ changes: { path: ["ids"], array_contains: [id] } }))],
});

/** The Prisma condition for a filter; the person's account and volunteer profiles are looked up once. */
export async function auditLogWhere(ctx: ServiceCtx, filter: AuditLogFilter | null | undefined): Promise<Prisma.AuditLogWhereInput> {
  if (!filter) return {};
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filter.personEmail?.trim()) {
    const userId = await userIdByEmail(ctx, filter.personEmail);
    if (!userId) return NOTHING;
    const profiles = await ctx.db.volunteerProfile.findMany({ where: { userId }, select: { id: true } });
    and.push({ OR: [{ actorUserId: userId }, aboutAny([userId, ...profiles.map((p) => p.id)])] });
  }
  if (filter.actorEmail?.trim()) {
    const userId = await userIdByEmail(ctx, filter.actorEmail);
    if (!userId) return NOTHING;
    and.push({ actorUserId: userId });
  }
  if (filter.entityType) and.push({ entityType: filter.entityType });
  if (filter.entityId) and.push(aboutAny([filter.entityId.trim()]));
  if (filter.action) and.push({ action: filter.action });
  const from = filter.from ? startOfBerlinDay(filter.from) : null;
  const to = filter.to ? endOfBerlinDay(filter.to) : null;
  if (from || to) and.push({ createdAt: { ...(from ? { gte: new Date(from) } : {}), ...(to ? { lte: new Date(to) } : {}) } });
  return and.length ? { AND: and } : {};
}

export const AUDIT_CSV_BATCH = 1_000;

export interface AuditExportRow {
  id: bigint;
  createdAt: Date;
  chainSeq: bigint | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Prisma.JsonValue;
  hash: string | null;
  actor: { name: string; email: string } | null;
}

/** One batch of the export, newest first, after the given entry (keyset on id). */
export async function auditLogBatch(ctx: ServiceCtx, where: Prisma.AuditLogWhereInput, after: AuditExportRow | null): Promise<AuditExportRow[]> {
  const rows = await ctx.db.auditLog.findMany({
    where: after ? { AND: [where, { id: { lt: after.id } }] } : where,
    orderBy: { id: "desc" },
    take: AUDIT_CSV_BATCH,
    select: { id: true, createdAt: true, chainSeq: true, action: true, entityType: true, entityId: true, changes: true, hash: true, actorUserId: true },
  });
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => id !== null))];
  const actors = actorIds.length
    ? await ctx.prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
    : [];
  const byId = new Map(actors.map((a) => [a.id, a]));
  return rows.map(({ actorUserId, ...row }) => ({ ...row, actor: actorUserId ? (byId.get(actorUserId) ?? null) : null }));
}
