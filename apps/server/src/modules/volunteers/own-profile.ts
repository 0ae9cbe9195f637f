// The caller's own volunteer profile, read once for every field of a request
// that needs a part of it. The volunteer's pages ask for it from several
// areas at once (the profile and its form, their enrolments, their tandems;
// the work queue's counts of proposals and interpreting requests): it is read
// as the organisation's one volunteer with the caller's id, so that the selects
// of one turn, and the organisation's counts asked for with them (the bell's
// unread count), are one statement (organization-row.ts).
import type { MergedRow, Select } from "../../db/merged-reads.ts";
import { readOwnOrganization } from "../organization-row.ts";
import type { ServiceCtx } from "../service-context.ts";

export type OwnProfileRow = MergedRow;

/**
 * The caller's volunteer profile in the current organisation with `select`
 * (Prisma's form: scalars, relations with their arguments, `_count`), or null
 * for a caller without one. Rows may carry more than was asked for (what the
 * other fields of the same turn asked for).
 */
export async function readOwnProfile(ctx: ServiceCtx, select: Select): Promise<OwnProfileRow | null> {
  const id = ctx.viewer?.volunteerProfileId;
  if (!id) return null;
  const organization = await readOwnOrganization(ctx, { volunteers: { where: { id }, select } });
  return (organization?.volunteers as OwnProfileRow[] | undefined)?.[0] ?? null;
}
