// A GraphQL selection of only `__typename` makes the Pothos Prisma plugin plan
// `select: {}`, which Prisma refuses ("The `select` statement for type … must
// not be empty"). Such a caller needs no column at all, so any will do: this
// extension drops the empty select and lets Prisma read the default columns.
import { Prisma } from "../generated/prisma/client.ts";

const isEmptyObject = (value: unknown) => typeof value === "object" && value !== null && Object.keys(value).length === 0;

/** The arguments without an empty select (the same object when there is none). */
export function withoutEmptySelect<Args>(args: Args): Args {
  if (args && typeof args === "object" && "select" in args && isEmptyObject(args.select)) {
    const { select: _empty, ...rest } = args as Record<string, unknown>;
    return rest as Args;
  }
  return args;
}

/**
 * The rule as an extension of its own. The tenancy extension applies
 * `withoutEmptySelect` in its own hook instead of stacking this one: each
 * extension layer costs every query measurable time.
 */
export const emptySelect = Prisma.defineExtension({
  name: "empty-select",
  query: {
    $allModels: {
      async $allOperations({ args, query }) {
        return query(withoutEmptySelect(args));
      },
    },
  },
});
