// pglite-prisma-adapter passes its type parsers with every query, and PGlite
// copies its whole parser map to merge them in each time (about 130 µs a
// query). The parsers never change, so they are installed on the PGlite
// instance once, on the first query, and no longer sent per query: the
// client handed to the adapter drops them from each call, in transactions too.
import type { PGlite, Transaction } from "@electric-sql/pglite";

type Queryable = Pick<PGlite, "query"> | Pick<Transaction, "query">;
type QueryOptions = NonNullable<Parameters<PGlite["query"]>[2]>;

export function withInstalledParsers(pglite: PGlite): PGlite {
  let installed = false;
  function dropParsers<T extends Queryable>(target: T): T {
    return new Proxy(target, {
      get(t, prop, receiver) {
        if (prop === "query") {
          return (sql: string, params?: unknown[], options?: QueryOptions) => {
            if (options?.parsers) {
              if (!installed) {
                Object.assign(pglite.parsers, options.parsers);
                installed = true;
              }
              const { parsers: _installed, ...rest } = options;
              return t.query(sql, params, rest);
            }
            return t.query(sql, params, options);
          };
        }
        if (prop === "transaction" && (t as unknown) === pglite) {
          return <R>(callback: (tx: Transaction) => Promise<R>) => pglite.transaction((tx: Transaction) => callback(dropParsers(tx)));
        }
        const value = Reflect.get(t, prop, receiver === target ? t : receiver);
        return typeof value === "function" ? value.bind(t) : value;
      },
    });
  }
  return dropParsers(pglite);
}
