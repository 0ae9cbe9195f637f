// Demo data, loaded only into an empty database and never in production. Each
// module seeds its part, in the order of modules/index.ts, in one transaction.
// Two layers:
//   base    two organisations and one sign-in per role (the README's table):
//           what every API test's template starts from, kept small on purpose.
//   office  base plus a lively office on top (each module's seedOffice): about
//           sixty volunteers in every state with 18 months of hours, courses
//           with open, running and completed cohorts. What `npm start` and
//           `npm run db:seed` load (DEMO_DATA, default office).
// Every date is counted from the moment of seeding and every random choice comes
// from a fixed seed, so the same day gives the same office.
import type { Config } from "../config.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { hashPassword } from "../modules/identity/index.ts";
import { modules } from "../modules/index.ts";
import type { SeedCtx } from "../modules/module.ts";
import { demoRandom } from "./demo-random.ts";

export const DEMO_PASSWORD = "Lotse-Demo-2026!";

export const DEMO_DATA_LAYERS = ["base", "office"] as const;
export type DemoDataLayer = (typeof DEMO_DATA_LAYERS)[number];

export class SeedRefused extends Error {}

export interface SeedOptions {
  /** The moment every demo date is counted from (default: now). */
  now?: Date;
}

/**
 * Returns false (and changes nothing) when the database already has organisations.
 * `DEMO_DATA` says which layers: `base` (the tests' template) or `office` (base and the lively layer).
 * The demo password is hashed at the configuration's cost.
 */
export async function seedDemoData(prisma: PrismaClient, config: Pick<Config, "NODE_ENV" | "scrypt" | "DEMO_DATA">, options: SeedOptions = {}): Promise<boolean> {
  if (config.NODE_ENV === "production") throw new SeedRefused("Demo data is never loaded when NODE_ENV=production.");
  if ((await prisma.organization.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD, config.scrypt);
  const now = options.now ?? new Date();
  await prisma.$transaction(
    async (tx) => {
      const ctx: SeedCtx = { tx, now, random: (stream) => demoRandom(`lotse-demo/${stream}`), organizations: {}, users: {}, passwordHash, volunteers: {} };
      for (const module of modules) await module.seed?.(ctx);
      if (config.DEMO_DATA === "office") for (const module of modules) await module.seedOffice?.(ctx);
    },
    // The office layer writes a few thousand rows: more than Prisma's default 5 s on a busy machine.
    { maxWait: 30_000, timeout: 300_000 },
  );
  return true;
}
