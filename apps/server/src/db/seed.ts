// Demo data for a first look and for the browser tests: two organisations and
// one sign-in per role. Loaded only into an empty database, never in production.
import type { PrismaClient, Role } from "../generated/prisma/client.ts";
import { seedDemoCourse } from "../modules/training/seed.ts";
import { seedDemoVolunteer } from "../modules/volunteers/seed.ts";
import { hashPassword } from "../modules/identity/passwords.ts";
import { organizationSettingsSchema } from "../modules/organizations/settings.ts";
import { seedReferenceData } from "../modules/volunteers/seed.ts";

export const DEMO_PASSWORD = "Lotse-Demo-2026!";

export const DEMO_USERS: { email: string; name: string; memberships: Record<string, Role[]> }[] = [
  { email: "admin@oldenburg.example", name: "Anna Admin", memberships: { oldenburg: ["ADMIN"], osnabrueck: ["ADMIN"] } },
  { email: "koordination@oldenburg.example", name: "Kerstin Koordination", memberships: { oldenburg: ["COORDINATOR"] } },
  { email: "kurs@oldenburg.example", name: "Karl Kursleitung", memberships: { oldenburg: ["TRAINER"] } },
  { email: "beratung@oldenburg.example", name: "Berna Beratung", memberships: { oldenburg: ["COUNSELLOR"] } },
  { email: "lotse@oldenburg.example", name: "Leyla Lotsin", memberships: { oldenburg: ["VOLUNTEER"] } },
  { email: "koordination@osnabrueck.example", name: "Oskar Koordination", memberships: { osnabrueck: ["COORDINATOR"] } },
];

const ORGANIZATIONS = [
  { slug: "oldenburg", name: "Stadt Oldenburg – Amt für Zuwanderung und Integration" },
  { slug: "osnabrueck", name: "Landkreis Osnabrück – Migrationszentrum" },
];

export class SeedRefused extends Error {}

/** Returns false (and changes nothing) when the database already has organisations. */
export async function seedDemoData(prisma: PrismaClient, env: { NODE_ENV?: string } = process.env): Promise<boolean> {
  if (env.NODE_ENV === "production") throw new SeedRefused("Demo data is never loaded when NODE_ENV=production.");
  if ((await prisma.organization.count()) > 0) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  const settings = organizationSettingsSchema.parse({});
  await prisma.$transaction(async (tx) => {
    const orgIds: Record<string, string> = {};
    for (const org of ORGANIZATIONS) {
      const created = await tx.organization.create({ data: { ...org, settings } });
      orgIds[org.slug] = created.id;
      await seedReferenceData(tx, created);
    }
    const userIds: Record<string, string> = {};
    for (const demo of DEMO_USERS) {
      const user = await tx.user.create({
        data: { email: demo.email, name: demo.name, emailVerifiedAt: new Date(), credential: { create: { hash } } },
      });
      userIds[demo.email] = user.id;
      for (const [slug, roles] of Object.entries(demo.memberships)) {
        await tx.membership.create({
          data: { organizationId: orgIds[slug]!, userId: user.id, roles: { create: roles.map((role) => ({ role })) } },
        });
      }
    }
    await seedDemoVolunteer(tx, orgIds.oldenburg!, userIds["lotse@oldenburg.example"]!);
    await seedDemoCourse(tx, orgIds.oldenburg!, userIds["kurs@oldenburg.example"]!);
  });
  return true;
}
