// Changes to what a request's caller (the viewer) is made of: sessions,
// accounts, memberships and their roles, organisations with their settings,
// matching settings and volunteer profiles. API instances keep the viewers they
// resolved for a few seconds (db/viewer-cache.ts); these two
// signals drop those copies the moment the data behind them changes:
//
// - on this instance, synchronously: every statement Prisma sends passes the
//   driver adapter, and a write that names one of these tables announces a
//   change right after it ran and again after its transaction ended (so a
//   viewer read from the database in between, still seeing the old rows, is
//   not kept either);
// - on every instance (this one too): triggers on the same tables NOTIFY
//   `lotse_viewer_changes` when the change commits (migration
//   20261204061700_viewer_changes), and each instance LISTENs on it.
//
// Announcing too often only costs a re-read; announcing too rarely would let
// a revoked session through, so the match below errs on the side of "changed".
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export const VIEWER_CHANGES_CHANNEL = "lotse_viewer_changes";

const VIEWER_TABLES = /"(Session|User|Membership|MembershipRole|Organization|MatchingSettings|VolunteerProfile)"/;
/** Statements that read only. Everything else that names a viewer table counts as a change. */
const READ_ONLY = /^\s*(SELECT|SHOW|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET)\b/i;
/** A new session changes no viewer resolved so far (sign-in writes one per request). */
const NEW_SESSION = /^\s*INSERT\s+INTO\s+("public"\.)?"Session"/i;
/**
 * A session's lastSeenAt alone (sessions.ts moves it once a minute per active
 * session) changes no viewer; the viewer cache notes it itself. Any other
 * column in the same statement would follow `$1` before the WHERE.
 */
const TOUCH = /^\s*UPDATE\s+("public"\.)?"Session"\s+SET\s+"lastSeenAt"\s*=\s*\$1\s+WHERE\b/i;

export function changesViewers(sql: string): boolean {
  return !READ_ONLY.test(sql) && VIEWER_TABLES.test(sql) && !NEW_SESSION.test(sql) && !TOUCH.test(sql);
}

export interface ViewerChanges {
  /** Calls `listener` on every change made through this adapter; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  announce(): void;
}

export function viewerChanges(): ViewerChanges {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce() {
      for (const listener of listeners) listener();
    },
  };
}

/**
 * The factory with every connection's (and transaction's) writes to a viewer
 * table announced on `changes`. Everything else passes through untouched.
 */
export function announcingViewerChanges<F extends SqlDriverAdapterFactory>(inner: F, changes: ViewerChanges): F {
  function wrap<T extends SqlDriverAdapter | Transaction>(target: T, inTransaction: { wrote: boolean } | null): T {
    return new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t);
        if (typeof value !== "function") return value;
        if (prop === "queryRaw" || prop === "executeRaw") {
          return async (query: SqlQuery) => {
            if (!changesViewers(query.sql)) return value.call(t, query);
            if (inTransaction) inTransaction.wrote = true;
            try {
              return await value.call(t, query);
            } finally {
              changes.announce();
            }
          };
        }
        if (prop === "startTransaction") {
          return async (isolationLevel?: string) => wrap(await value.call(t, isolationLevel), { wrote: false });
        }
        if ((prop === "commit" || prop === "rollback") && inTransaction) {
          return async () => {
            try {
              return await value.call(t);
            } finally {
              if (inTransaction.wrote) changes.announce();
            }
          };
        }
        return value.bind(t);
      },
    });
  }
  return new Proxy(inner, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t) as unknown;
      if (prop === "connect") return async () => wrap(await (value as () => Promise<SqlDriverAdapter>).call(t), null);
      return typeof value === "function" ? value.bind(t) : value;
    },
  });
}
