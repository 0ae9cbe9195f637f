// The caller's organisation's row, as several fields of one request read
// parts of it: the start pages' work-queue counts of every area, the bell's
// unread notifications, the caller's own volunteer profile. Each part is a
// relation of the organisation (a relation count, or the relation's rows), and
// the parts asked for in the same turn are read by one statement
// (db/merged-reads.ts) instead of one statement each. The organisation's
// relations hold only its own rows, so this is as strictly scoped as a read
// through the scoped client; one relation asked for with other filters gets a
// statement of its own.
import { readMerged, type MergedRow, type Select } from "../db/merged-reads.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { signedIn, type ServiceCtx } from "./service-context.ts";

/** The caller's organisation with `select` (Prisma's form), merged with the other selects of this turn. */
export function readOwnOrganization(ctx: ServiceCtx, select: Select): Promise<MergedRow | null> {
  const organizationId = signedIn(ctx).organizationId;
  return readMerged(ctx, `organization:${organizationId}`, select, (merged) =>
    ctx.db.organization.findUnique({ where: { id: organizationId }, select: merged as never }) as Promise<MergedRow | null>,
  );
}

type Countable = keyof Prisma.OrganizationCountOutputTypeSelect;
type WhereOf<R extends Countable> = NonNullable<Exclude<Prisma.OrganizationCountOutputTypeSelect[R], boolean | undefined>["where"]>;

/** How many of the caller's organisation's `relation` rows match `where` (Prisma's filter of that model). */
export async function countInOrganization<R extends Countable>(ctx: ServiceCtx, relation: R, where: WhereOf<R>): Promise<number> {
  const row = await readOwnOrganization(ctx, { _count: { select: { [relation]: { where } } } });
  return (row?._count as Record<string, number> | undefined)?.[relation] ?? 0;
}

type RelationArgs<R extends Countable> = Exclude<Prisma.OrganizationSelect[R], boolean | undefined>;

/**
 * The caller's organisation's `relation` rows with `args` (Prisma's findMany
 * arguments of that relation: where, orderBy, select or include; no cursor,
 * which Prisma cannot read in the same statement), read together with the
 * other parts of the organisation asked for in this turn. Typed by the caller,
 * as the select decides the rows' shape.
 */
export async function listInOrganization<R extends Countable>(ctx: ServiceCtx, relation: R, args: RelationArgs<R>): Promise<unknown[]> {
  const row = await readOwnOrganization(ctx, { [relation]: args });
  return (row?.[relation] as unknown[] | undefined) ?? [];
}

/** `rows` in the order of `ids` (rows read by id, `WHERE id IN …`, come back in any order). */
export function inOrderOf<T extends { id: string }>(ids: readonly { id: string }[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap(({ id }) => byId.get(id) ?? []);
}
