// The two demo organisations, with default settings.
import type { SeedCtx } from "../module.ts";
import { organizationSettingsSchema } from "./settings.ts";

// The demo organisations' details on a Nachweis (made-up contact people).
const ORGANIZATIONS = [
  {
    slug: "oldenburg",
    name: "Stadt Oldenburg – Amt für Zuwanderung und Integration",
    nachweis: {
      address: "Industriestraße 1\n26121 Oldenburg",
      contactPerson: "Frau Demo-Koordination, Tel. 0441 000000",
      activityDescription: "Ehrenamtliche Begleitung und Unterstützung zugewanderter Menschen als Integrationslotsin oder Integrationslotse.",
    },
  },
  {
    slug: "osnabrueck",
    name: "Landkreis Osnabrück – Migrationszentrum",
    nachweis: { address: "Am Schölerberg 1\n49082 Osnabrück", contactPerson: "Herr Demo-Koordination, Tel. 0541 000000", activityDescription: "" },
  },
];

export async function seedDemoOrganizations(ctx: SeedCtx) {
  for (const { nachweis, ...org } of ORGANIZATIONS) {
    const settings = organizationSettingsSchema.parse({ nachweis });
    const created = await ctx.tx.organization.create({ data: { ...org, settings } });
    ctx.organizations[org.slug] = created.id;
  }
}
