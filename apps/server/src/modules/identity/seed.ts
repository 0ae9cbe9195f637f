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

/** The demo office's further staff (DEMO_DATA=office): a second coordinator and trainers, so reviews and courses have more than one name. */
export const OFFICE_STAFF: typeof DEMO_USERS = [
  { email: "t.brandt@oldenburg.example", name: "Tobias Brandt", memberships: { oldenburg: ["COORDINATOR"] } },
  { email: "s.aydin@oldenburg.example", name: "Selin Aydın", memberships: { oldenburg: ["TRAINER"] } },
  { email: "kurs@osnabrueck.example", name: "Maren Vosskötter", memberships: { osnabrueck: ["TRAINER"] } },
];

export const seedDemoUsers = (ctx: SeedCtx) => seedUsers(ctx, DEMO_USERS);
export const seedOfficeStaff = (ctx: SeedCtx) => seedUsers(ctx, OFFICE_STAFF);

async function seedUsers(ctx: SeedCtx, users: typeof DEMO_USERS) {
  for (const demo of users) {
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
