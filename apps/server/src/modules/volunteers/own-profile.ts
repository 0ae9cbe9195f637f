// The caller's own volunteer profile, read once for every field of a request
// that needs a part of it. The volunteer's pages ask for it from several
// areas at once (the profile and its form, their enrolments, their tandems;
// the work queue's counts of proposals and interpreting requests): their
// selects of one turn are merged into one statement (db/merged-reads.ts).
import { readMerged, type MergedRow, type Select } from "../../db/merged-reads.ts";
import type { ServiceCtx } from "../service-context.ts";

export type OwnProfileRow = MergedRow;

/**
 * The caller's volunteer profile in the current organisation with `select`
 * (Prisma's form: scalars, relations with their arguments, `_count`), or null
 * for a caller without one. Rows may carry more than was asked for (what the
 * other fields of the same turn asked for).
 */
export function readOwnProfile(ctx: ServiceCtx, select: Select): Promise<OwnProfileRow | null> {
  const id = ctx.viewer?.volunteerProfileId;
  if (!id) return Promise.resolve(null);
  return readMerged(ctx, `volunteerProfile:${id}`, select, (merged) =>
    ctx.db.volunteerProfile.findUnique({ where: { id }, select: merged as never }) as Promise<OwnProfileRow | null>,
  );
}
