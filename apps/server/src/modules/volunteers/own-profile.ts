// The caller's own volunteer profile, read once for every field of a request
// that needs a part of it. The volunteer's pages ask for it from several
// areas at once (the profile and its form, their enrolments, their tandems;
// the work queue's counts of proposals and interpreting requests): each asks
// with its own Prisma select, the selects asked for in the same turn of the
// event loop are merged, and one statement answers them all. Selects that
// cannot be merged (the same relation with other filters, ordering or paging)
// are read by a statement of their own, as before.
import type { ServiceCtx } from "../service-context.ts";

type Select = Record<string, unknown>;
export type OwnProfileRow = Record<string, unknown>;

interface Waiting {
  select: Select;
  resolve(row: OwnProfileRow | null): void;
  reject(error: unknown): void;
}

/** Keys of a relation's arguments: two selections of one relation merge only when these are the same. */
const ARGUMENTS = new Set(["where", "orderBy", "take", "skip", "cursor", "distinct"]);

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

const isObject = (value: unknown): value is Select => typeof value === "object" && value !== null && !Array.isArray(value);

/** `a` and `b` as one select, or null when they ask for the same key differently. */
export function mergeSelects(a: Select, b: Select): Select | null {
  const merged: Select = { ...a };
  for (const [key, wanted] of Object.entries(b)) {
    const held = merged[key];
    if (held === undefined || same(held, wanted)) {
      merged[key] = wanted;
      continue;
    }
    // Two selections of one relation (or of `_count`): the same arguments, and both as `select`.
    if (!isObject(held) || !isObject(wanted) || !isObject(held.select) || !isObject(wanted.select)) return null;
    const keys = new Set([...Object.keys(held), ...Object.keys(wanted)]);
    for (const k of keys) {
      if (k !== "select" && (!ARGUMENTS.has(k) || !same(held[k], wanted[k]))) return null;
    }
    const select = mergeSelects(held.select, wanted.select);
    if (!select) return null;
    merged[key] = { ...held, select };
  }
  return merged;
}

const pending = new WeakMap<ServiceCtx, Waiting[]>();

/**
 * The caller's volunteer profile in the current organisation with `select`
 * (Prisma's form: scalars, relations with their arguments, `_count`), or null
 * for a caller without one. Rows may carry more than was asked for (what the
 * other fields of the same turn asked for).
 */
export function readOwnProfile(ctx: ServiceCtx, select: Select): Promise<OwnProfileRow | null> {
  if (!ctx.viewer?.volunteerProfileId) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let waiting = pending.get(ctx);
    if (!waiting) {
      pending.set(ctx, (waiting = []));
      // After the current turn's microtasks: every resolver of the request that starts now has asked by then.
      setImmediate(() => {
        pending.delete(ctx);
        void flush(ctx, waiting!);
      });
    }
    waiting.push({ select, resolve, reject });
  });
}

async function flush(ctx: ServiceCtx, waiting: Waiting[]) {
  // Each group is answered by one statement: a select joins the first group it merges with.
  const groups: { select: Select; members: Waiting[] }[] = [];
  for (const w of waiting) {
    let joined = false;
    for (const group of groups) {
      const merged = mergeSelects(group.select, w.select);
      if (merged) {
        group.select = merged;
        group.members.push(w);
        joined = true;
        break;
      }
    }
    if (!joined) groups.push({ select: w.select, members: [w] });
  }
  const id = ctx.viewer!.volunteerProfileId!;
  await Promise.all(
    groups.map(async (group) => {
      try {
        const row = (await ctx.db.volunteerProfile.findUnique({ where: { id }, select: group.select as never })) as OwnProfileRow | null;
        for (const m of group.members) m.resolve(row);
      } catch (error) {
        for (const m of group.members) m.reject(error);
      }
    }),
  );
}
