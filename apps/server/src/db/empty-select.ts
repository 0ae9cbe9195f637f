// A GraphQL selection of only `__typename` makes the Pothos Prisma plugin plan
// `select: {}`, which Prisma refuses ("The `select` statement for type … must
// not be empty"). Such a caller needs no column at all, so any will do: this
// extension drops the empty select and lets Prisma read the default columns.
import { Prisma } from "../generated/prisma/client.ts";

const isEmptyObject = (value: unknown) => typeof value === "object" && value !== null && Object.keys(value).length === 0;

export const emptySelect = Prisma.defineExtension({
  name: "empty-select",
  query: {
    $allModels: {
      async $allOperations({ args, query }) {
        if (args && typeof args === "object" && "select" in args && isEmptyObject(args.select)) {
          const { select: _empty, ...rest } = args as Record<string, unknown>;
          return query(rest as typeof args);
        }
        return query(args);
      },
    },
  },
});
