// One row that several fields of a request read parts of (the caller's own
// volunteer profile, the caller's organisation with its counts): each asks
// with its own Prisma select, the selects asked for in the same turn of the
// event loop are merged, and one statement answers them all. Selects that
// cannot be merged (the same relation with other filters, ordering or paging)
// are read by a statement of their own, as before.

export type Select = Record<string, unknown>;
export type MergedRow = Record<string, unknown>;

interface Waiting {
  select: Select;
  resolve(row: MergedRow | null): void;
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
    if (held === undefined || held === wanted) {
      merged[key] = wanted;
      continue;
    }
    // Two selections of one relation (or of `_count`) are merged key by key before they are
    // compared whole: `_count` grows with every part of a turn (the start page's work-queue
    // counts are a dozen), and comparing it whole first serialised it once per part.
    const relation = mergeRelation(held, wanted);
    if (relation) {
      merged[key] = relation;
      continue;
    }
    if (!same(held, wanted)) return null;
    merged[key] = wanted;
  }
  return merged;
}

/** Two selections of one relation as one: the same arguments, and both as `select`; else null. */
function mergeRelation(held: unknown, wanted: unknown): Select | null {
  if (!isObject(held) || !isObject(wanted) || !isObject(held.select) || !isObject(wanted.select)) return null;
  for (const source of [held, wanted]) {
    for (const k of Object.keys(source)) if (k !== "select" && (!ARGUMENTS.has(k) || !same(held[k], wanted[k]))) return null;
  }
  const select = mergeSelects(held.select, wanted.select);
  return select && { ...held, select };
}

/** Per request (the object the caches hang on) and row: the selects waiting for this turn's statement. */
const pending = new WeakMap<object, Map<string, Waiting[]>>();

/**
 * The row `key` names with `select`, read by `read` together with every other
 * select of the same request and key asked for in this turn. Rows may carry
 * more than was asked for (what the other fields of the same turn asked for).
 * `read` must depend on nothing but the select: the key stands for the rest
 * (the caller, the row's id).
 */
export function readMerged(request: object, key: string, select: Select, read: (select: Select) => Promise<MergedRow | null>): Promise<MergedRow | null> {
  return new Promise((resolve, reject) => {
    let byKey = pending.get(request);
    if (!byKey) pending.set(request, (byKey = new Map()));
    let waiting = byKey.get(key);
    if (!waiting) {
      const batch: Waiting[] = (waiting = []);
      byKey.set(key, batch);
      // After the current turn's microtasks: every resolver of the request that starts now has asked by then.
      setImmediate(() => {
        byKey.delete(key);
        void flush(batch, read);
      });
    }
    waiting.push({ select, resolve, reject });
  });
}

async function flush(waiting: Waiting[], read: (select: Select) => Promise<MergedRow | null>) {
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
  await Promise.all(
    groups.map(async (group) => {
      try {
        const row = await read(group.select);
        for (const m of group.members) m.resolve(row);
      } catch (error) {
        for (const m of group.members) m.reject(error);
      }
    }),
  );
}
