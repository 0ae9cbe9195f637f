// A row the request already holds (the caller's own membership, read with the
// session) can answer a query the Pothos Prisma plugin planned, when the plan
// asks for nothing the row lacks. Then the field needs no statement of its own;
// any other plan (a column or relation the row does not carry, a filtered,
// ordered or paged relation, a count) goes to the database as before.
import { getDatamodel } from "../generated/pothos-types.ts";

type Plan = Record<string, unknown>;
type Row = Record<string, unknown>;

const models = getDatamodel().datamodel.models as Record<string, { fields: readonly { name: string; kind: string; type: string }[] }>;

/** Per model: its columns (what a plan without `select` reads) and the model each relation leads to. */
const shapes = new Map(
  Object.entries(models).map(([name, model]) => [
    name,
    {
      columns: model.fields.filter((f) => f.kind !== "object").map((f) => f.name),
      relations: new Map(model.fields.filter((f) => f.kind === "object").map((f) => [f.name, f.type])),
    },
  ]),
);

/** Does `row` of `model` hold everything `plan` (true, `{ select }` or `{ include }`) reads? */
function covers(model: string, plan: unknown, row: Row): boolean {
  const shape = shapes.get(model);
  if (!shape) return false;
  if (plan === true) return shape.columns.every((c) => row[c] !== undefined);
  if (typeof plan !== "object" || plan === null) return false;
  const { select, include, ...rest } = plan as Plan;
  // Filters, ordering, paging or counts on a relation mean a query.
  if (Object.keys(rest).length > 0 || (select && include)) return false;
  const fields = (select ?? include ?? {}) as Plan;
  if (typeof fields !== "object" || fields === null) return false;
  if (!select && !shape.columns.every((c) => row[c] !== undefined)) return false;
  for (const [key, wanted] of Object.entries(fields)) {
    if (wanted === false || wanted === undefined) continue;
    const value = row[key];
    if (value === undefined) return false;
    const target = shape.relations.get(key);
    if (!target) {
      if (wanted !== true) return false;
      continue;
    }
    if (value === null) continue;
    const rows = Array.isArray(value) ? value : [value];
    if (!rows.every((r) => typeof r === "object" && r !== null && covers(target, wanted, r as Row))) return false;
  }
  return true;
}

/** The row itself when it answers the planned `query` on `model`, else null (then ask the database). */
export function answerFromRow<T extends object>(model: string, query: Plan, row: T | null | undefined): T | null {
  if (!row) return null;
  return covers(model, Object.keys(query).length === 0 ? true : query, row as Row) ? row : null;
}
