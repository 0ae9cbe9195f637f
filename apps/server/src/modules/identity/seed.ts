// One demo sign-in per role (see the README's table), all with DEMO_PASSWORD
// (db/seed.ts), members of the organisations the organizations seed made.
import type { Role } from "../../generated/prisma/client.ts";
import type { SeedCtx } from "../module.ts";
import { digest, newSecret } from "./tokens.ts";

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

/** Invited to the demo office and not yet in (the admin's start page counts them; the link was mailed and is unknown). */
export const OFFICE_INVITED = { email: "j.neumann@oldenburg.example", name: "Jana Neumann", organization: "oldenburg", roles: ["TRAINER"] as Role[] };
const INVITATION_DAYS = 7;

export const seedDemoUsers = (ctx: SeedCtx) => seedUsers(ctx, DEMO_USERS);
export async function seedOfficeStaff(ctx: SeedCtx) {
  await seedUsers(ctx, OFFICE_STAFF);
  const invited = OFFICE_INVITED;
  const organizationId = ctx.organizations[invited.organization]!;
  const user = await ctx.tx.user.create({ data: { email: invited.email, name: invited.name } });
  ctx.users[invited.email] = user.id;
  await ctx.tx.membership.create({
    data: { organizationId, userId: user.id, acceptedAt: null, invitedName: invited.name, roles: { create: invited.roles.map((role) => ({ role })) } },
  });
  await ctx.tx.actionToken.create({
    data: {
      tokenHash: digest(newSecret()),
      purpose: "INVITATION",
      userId: user.id,
      invitedToOrgId: organizationId,
      expiresAt: new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000),
    },
  });
}

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
