// A reservation or payment may name a family of the matching module. The id
// must be one of the caller's organisation's families (the scoped client finds
// no other); the database's foreign key stands behind this check.
import { notFound } from "../../errors.ts";
import type { ServiceCtx } from "../service-context.ts";

/** The family's id when given and known, null when none is given; NOT_FOUND on the field otherwise. */
export async function checkFamily(ctx: ServiceCtx, familyId: string | null | undefined, field = "familyId"): Promise<string | null> {
  if (!familyId) return null;
  const family = await ctx.db.family.findUnique({ where: { id: familyId }, select: { id: true } });
  if (!family) throw notFound(field);
  return family.id;
}
