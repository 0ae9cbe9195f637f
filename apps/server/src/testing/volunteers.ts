// Test helper: approved volunteers in bulk, straight into the database.
// Tests make people through the public API with @lotse/testing/factories (as the
// browser tests do); this shortcut is only for tests that need volume a sign-up
// per person would make slow (each costs two scrypt hashes and a few mails):
// a rush of 50 applicants, the two-instance job races, the benchmarks, and the
// training rules' tests, which also assert each address's exact inbox (sign-up
// and approval mails would be in it); and the hour-totals tests, which check the
// database's own bookkeeping on rows they write directly.
import type { PrismaClient } from "../generated/prisma/client.ts";

export async function createApprovedVolunteers(prisma: PrismaClient, organizationSlug: string, prefix: string, count: number) {
  const org = await prisma.organization.findUniqueOrThrow({ where: { slug: organizationSlug } });
  const emails: string[] = [];
  const signedUp = new Date(Date.now() - 365 * 86_400_000);
  for (let i = 0; i < count; i++) {
    const email = `${prefix}-${String(i + 1).padStart(2, "0")}@example.org`;
    const user = await prisma.user.create({ data: { email, name: `${prefix} ${i + 1}`, emailVerifiedAt: new Date() } });
    await prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
    await prisma.volunteerProfile.create({
      // Signed up a year ago (hours may be dated from the sign-up on), approved now.
      data: { organizationId: org.id, userId: user.id, status: "APPROVED", germanLevel: "B2", consentVersion: 1, consentedAt: signedUp, createdAt: signedUp, approvedAt: new Date() },
    });
    emails.push(email);
  }
  return emails;
}
