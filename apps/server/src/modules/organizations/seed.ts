// The two demo organisations, with default settings.
import type { SeedCtx } from "../module.ts";
import { organizationSettingsSchema } from "./settings.ts";

const ORGANIZATIONS = [
  { slug: "oldenburg", name: "Stadt Oldenburg – Amt für Zuwanderung und Integration" },
  { slug: "osnabrueck", name: "Landkreis Osnabrück – Migrationszentrum" },
];

export async function seedDemoOrganizations(ctx: SeedCtx) {
  const settings = organizationSettingsSchema.parse({});
  for (const org of ORGANIZATIONS) {
    const created = await ctx.tx.organization.create({ data: { ...org, settings } });
    ctx.organizations[org.slug] = created.id;
  }
}
