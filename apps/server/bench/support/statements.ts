// Counting SQL statements at the driver adapter, shared by the benchmarks: what
// reaches the database per request, not what Prisma's log says it sent.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export interface StatementCounter {
  count: number;
  /** When set, the statements are collected here too. */
  log: string[] | null;
}

export function statementCounter(): StatementCounter {
  return { count: 0, log: null };
}

/**
 * Wraps a driver adapter factory so that every statement sent to the database
 * is counted: queryRaw/executeRaw on the connection and inside transactions,
 * the BEGIN the adapter sends itself when a transaction starts, and COMMIT /
 * ROLLBACK when the adapter ends a transaction without Prisma sending SQL
 * (usePhantomQuery).
 */
export function countingFactory(inner: SqlDriverAdapterFactory, counter: StatementCounter): SqlDriverAdapterFactory {
  const note = (sql: string) => {
    counter.count++;
    counter.log?.push(sql.replace(/\s+/g, " ").slice(0, 160));
  };
  function wrap<T extends SqlDriverAdapter | Transaction>(target: T): T {
    return new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t);
        if (typeof value !== "function") return value;
        if (prop === "queryRaw" || prop === "executeRaw") {
          return (query: SqlQuery) => {
            note(query.sql);
            return value.call(t, query);
          };
        }
        if (prop === "startTransaction") {
          return async (isolationLevel?: string) => {
            note("BEGIN");
            if (isolationLevel) note(`SET TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
            return wrap(await value.call(t, isolationLevel));
          };
        }
        if (prop === "commit" || prop === "rollback") {
          return () => {
            if ((t as Transaction).options?.usePhantomQuery) note(prop.toUpperCase());
            return value.call(t);
          };
        }
        return value.bind(t);
      },
    });
  }
  return new Proxy(inner, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t);
      if (prop === "connect") return async () => wrap(await value.call(t));
      return typeof value === "function" ? value.bind(t) : value;
    },
  });
}

/** "7" when every request sent the same number, else "7 (6–9)" (median, range). */
export function statementsText(counts: number[]): string {
  const sorted = [...counts].sort((a, b) => a - b);
  const median = sorted[Math.min(sorted.length - 1, Math.ceil(0.5 * sorted.length) - 1)]!;
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  return min === max ? `${median}` : `${median} (${min}–${max})`;
}
