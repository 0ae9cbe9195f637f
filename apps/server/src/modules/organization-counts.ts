// Counts of the caller's organisation's rows that several fields of one
// request ask for at once (the start pages' work queue of every area, the
// bell's unread notifications): each count is a relation count on the
// organisation's row, and the counts asked for in the same turn are read by
// one statement (`_count` of the organisation, db/merged-reads.ts) instead of
// one statement each. The organisation's relations hold only its own rows, so
// this is as strictly scoped as a count through the scoped client; counts of
// one relation with other filters get a statement of their own.
import { readMerged } from "../db/merged-reads.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { signedIn, type ServiceCtx } from "./service-context.ts";

type Countable = keyof Prisma.OrganizationCountOutputTypeSelect;
type WhereOf<R extends Countable> = NonNullable<Exclude<Prisma.OrganizationCountOutputTypeSelect[R], boolean | undefined>["where"]>;

/** How many of the caller's organisation's `relation` rows match `where` (Prisma's filter of that model). */
export async function countInOrganization<R extends Countable>(ctx: ServiceCtx, relation: R, where: WhereOf<R>): Promise<number> {
  const organizationId = signedIn(ctx).organizationId;
  const row = await readMerged(ctx, `organization:${organizationId}`, { _count: { select: { [relation]: { where } } } }, (select) =>
    ctx.db.organization.findUnique({ where: { id: organizationId }, select: select as never }) as Promise<Record<string, unknown> | null>,
  );
  return (row?._count as Record<string, number> | undefined)?.[relation] ?? 0;
}
