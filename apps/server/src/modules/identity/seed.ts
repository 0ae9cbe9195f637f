// One demo sign-in per role (see the README's table), all with DEMO_PASSWORD
// (db/seed.ts), members of the organisations the organizations seed made.
import type { Role } from "../../generated/prisma/client.ts";
import type { SeedCtx } from "../module.ts";

export const DEMO_USERS: { email: string; name: string; memberships: Record<string, Role[]> }[] = [
  { email: "admin@oldenburg.example", name: "Anna Admin", memberships: { oldenburg: ["ADMIN"], osnabrueck: ["ADMIN"] } },
  { email: "koordination@oldenburg.example", name: "Kerstin Koordination", memberships: { oldenburg: ["COORDINATOR"] } },
  { email: "kurs@oldenburg.example", name: "Karl Kursleitung", memberships: { oldenburg: ["TRAINER"] } },
  { email: "beratung@oldenburg.example", name: "Berna Beratung", memberships: { oldenburg: ["COUNSELLOR"] } },
  { email: "lotse@oldenburg.example", name: "Leyla Lotsin", memberships: { oldenburg: ["VOLUNTEER"] } },
  { email: "koordination@osnabrueck.example", name: "Oskar Koordination", memberships: { osnabrueck: ["COORDINATOR"] } },
];

export async function seedDemoUsers(ctx: SeedCtx) {
  for (const demo of DEMO_USERS) {
    const user = await ctx.tx.user.create({
      data: { email: demo.email, name: demo.name, emailVerifiedAt: new Date(), credential: { create: { hash: ctx.passwordHash } } },
    });
    ctx.users[demo.email] = user.id;
    for (const [slug, roles] of Object.entries(demo.memberships)) {
      await ctx.tx.membership.create({
        data: { organizationId: ctx.organizations[slug]!, userId: user.id, roles: { create: roles.map((role) => ({ role })) } },
      });
    }
  }
}
