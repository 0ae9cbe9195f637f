// The one way Lotse starts a PGlite: with the contrib extensions its
// migrations use. btree_gist backs the appointments' exclusion constraints
// (no double booking of a counsellor, room or interpreter); PGlite ships it as
// a contrib extension that must be passed at start-up before
// `CREATE EXTENSION btree_gist` can find it. Every PGlite (the app's, the
// migration engine's shadow, the test templates and pools) comes from here, so
// a migration that works in one works in all.
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";

export const PGLITE_EXTENSIONS = { btree_gist };

/** A PGlite in memory (no dataDir) or in a folder, with Lotse's extensions. */
export function newPGlite(dataDir?: string, options: Omit<PGliteOptions, "extensions"> = {}): PGlite {
  const withExtensions = { ...options, extensions: PGLITE_EXTENSIONS };
  return dataDir ? new PGlite(dataDir, withExtensions) : new PGlite(withExtensions);
}
