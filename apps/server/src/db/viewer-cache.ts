// An API instance's short-lived copies of the viewers it resolved, by session
// token digest: every request resolves its caller, and reading the session with
// the user, memberships, roles and organisation is a statement (and the
// largest part of a small request's cost). A copy is dropped
// - at once when anything a viewer is made of changes: on this instance as the
//   write happens, on every instance when it commits (db/viewer-changes.ts:
//   sign-out, password change, roles, membership, organisation settings);
// - after `ttlMs` in any case, which bounds a notification lost with the
//   listening connection.
// The session's own lifetimes are checked on every request, copy or not.
//
// A read from the database that began before the latest change is not kept
// (it may hold the rows from before it): each change moves `generation`.
import type { Viewer } from "../modules/identity/index.ts";

/** What a session lookup brings: the viewer and the session's times (ms since the epoch). */
export interface ResolvedSession {
  viewer: Viewer;
  expiresAtMs: number;
  lastSeenAtMs: number;
}

interface Entry extends ResolvedSession {
  keptUntil: number;
}

/** Copies kept at most; beyond it the copies start over (one statement each to refill). */
const MAX_ENTRIES = 10_000;

export interface ViewerCache {
  /** The kept session of this token digest, or the one `load` reads (kept when nothing changed meanwhile). */
  resolve(key: string, load: () => Promise<ResolvedSession | null>): Promise<ResolvedSession | null>;
  /** A session whose lastSeenAt this instance moved. */
  touched(key: string, lastSeenAtMs: number): void;
  /** Drops every copy: something a viewer is made of changed. */
  invalidate(): void;
}

export function createViewerCache({ ttlMs, now = Date.now }: { ttlMs: number; now?: () => number }): ViewerCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  return {
    async resolve(key, load) {
      const kept = entries.get(key);
      if (kept) {
        if (kept.keptUntil > now()) return kept;
        entries.delete(key);
      }
      const startedAt = generation;
      const loaded = await load();
      if (!loaded || ttlMs <= 0 || startedAt !== generation) return loaded;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(key, { ...loaded, viewer: frozen(loaded.viewer), keptUntil: now() + ttlMs });
      return loaded;
    },
    touched(key, lastSeenAtMs) {
      const kept = entries.get(key);
      if (kept) kept.lastSeenAtMs = lastSeenAtMs;
    },
    invalidate() {
      generation++;
      entries.clear();
    },
  };
}

/** Requests share a kept viewer: none may change it for the others. */
function frozen(viewer: Viewer): Viewer {
  Object.freeze(viewer.roles);
  for (const membership of viewer.memberships) Object.freeze(Object.freeze(membership).roles);
  Object.freeze(viewer.memberships);
  if (viewer.membership) {
    Object.freeze(viewer.membership.roles);
    Object.freeze(viewer.membership.user);
    Object.freeze(viewer.membership);
  }
  return Object.freeze(viewer);
}
