// A PostgreSQL database of its own for one test file or benchmark run, made
// next to the given server's databases and dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Copy this database (`CREATE DATABASE … TEMPLATE`) instead of starting empty. */
  template?: string;
}

export async function createThrowawayDatabase(baseUrl: string, prefix: string, options: ThrowawayOptions = {}): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${options.template ? ` TEMPLATE ${options.template}` : ""}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** For benchmarks: the database, or null (with the reason printed) when no PostgreSQL answers. */
export async function throwawayDatabaseOrNull(baseUrl: string, prefix: string): Promise<ThrowawayDatabase | null> {
  try {
    return await createThrowawayDatabase(baseUrl, prefix);
  } catch (error) {
    console.log(`PostgreSQL skipped: ${baseUrl.replace(/:[^:@/]*@/, ":***@")} not reachable (${(error as Error).message})`);
    return null;
  }
}
