// Gap-free consecutive numbers per organisation (certificates, receipts). The
// upsert takes a row lock, so concurrent transactions get 1, 2, 3 … in turn,
// and a rolled-back transaction gives its number back.
import type { ScopedDb } from "./tenancy.ts";

type CounterDb = Pick<ScopedDb, "$queryRaw">;

export async function nextNumber(tx: CounterDb, organizationId: string, name: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "OrganizationCounter" ("organizationId", "name", "value") VALUES (${organizationId}::uuid, ${name}, 1)
    ON CONFLICT ("organizationId", "name") DO UPDATE SET "value" = "OrganizationCounter"."value" + 1
    RETURNING "value"`;
  return Number(rows[0]!.value);
}
