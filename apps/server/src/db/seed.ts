// Demo data for a first look and for the browser tests: two organisations and
// one sign-in per role. Loaded only into an empty database, never in
// production. Each module seeds its part, in the order of modules/index.ts,
// in one transaction.
import type { Config } from "../config.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { hashPassword } from "../modules/identity/passwords.ts";
import { modules } from "../modules/index.ts";
import type { SeedCtx } from "../modules/module.ts";

export const DEMO_PASSWORD = "Lotse-Demo-2026!";

export class SeedRefused extends Error {}

/**
 * Returns false (and changes nothing) when the database already has organisations.
 * The demo password is hashed at the configuration's cost.
 */
export async function seedDemoData(prisma: PrismaClient, config: Pick<Config, "NODE_ENV" | "scrypt">): Promise<boolean> {
  if (config.NODE_ENV === "production") throw new SeedRefused("Demo data is never loaded when NODE_ENV=production.");
  if ((await prisma.organization.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD, config.scrypt);
  await prisma.$transaction(async (tx) => {
    const ctx: SeedCtx = { tx, organizations: {}, users: {}, passwordHash };
    for (const module of modules) await module.seed?.(ctx);
  });
  return true;
}
