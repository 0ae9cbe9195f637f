// Server-side sessions behind the cookie. The cookie holds a random secret; the
// table holds its digest, the current organisation and the two lifetimes
// (idle and absolute). Sign-out and password changes revoke rows here.
import type { PrismaClient, Role, Locale } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import { uniqueRoles } from "./roles.ts";
import { digest, newSecret } from "./tokens.ts";

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

/** Who is calling: resolved once per request from the session cookie. */
export interface Viewer {
  userId: string;
  sessionId: string;
  organizationId: string;
  roles: Role[];
  locale: Locale;
}

// Writing lastSeenAt on every request would turn reads into writes; a minute's
// precision is plenty for an idle timeout counted in tens of minutes.
const TOUCH_AFTER_MS = 60_000;

export async function createSession(prisma: PrismaClient, userId: string, organizationId: string, s: SessionSettings) {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + s.absoluteHours * 3_600_000);
  const session = await prisma.session.create({
    data: { tokenHash: digest(token), userId, currentOrganizationId: organizationId, expiresAt },
  });
  return { token, session };
}

interface SessionRow {
  id: string;
  userId: string;
  organizationId: string | null;
  revoked: boolean;
  expiresAtMs: number;
  lastSeenAtMs: number;
  locale: Locale;
  active: boolean | null;
  roles: string | null;
}

/**
 * The viewer behind a cookie, in one statement: every request pays for this,
 * so session, user, membership and roles come back in a single join instead
 * of four Prisma round trips. Times are compared in milliseconds since the
 * epoch; Prisma stores them as UTC wall time, which EXTRACT reads as is.
 */
export async function resolveSession(prisma: PrismaClient, token: string, s: SessionSettings): Promise<Viewer | null> {
  const rows = await prisma.$queryRaw<SessionRow[]>`
    SELECT s."id", s."userId", s."currentOrganizationId" AS "organizationId", s."revokedAt" IS NOT NULL AS "revoked",
           (EXTRACT(EPOCH FROM s."expiresAt") * 1000)::float8 AS "expiresAtMs",
           (EXTRACT(EPOCH FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenAtMs",
           u."locale"::text AS "locale", m."active",
           string_agg(r."role"::text, ',') AS "roles"
      FROM "Session" s
      JOIN "User" u ON u."id" = s."userId"
      LEFT JOIN "Membership" m ON m."organizationId" = s."currentOrganizationId" AND m."userId" = s."userId"
      LEFT JOIN "MembershipRole" r ON r."membershipId" = m."id"
     WHERE s."tokenHash" = ${digest(token)}
     GROUP BY s."id", u."locale", m."id"`;
  const session = rows[0];
  if (!session || session.revoked || !session.organizationId || !session.active) return null;
  const now = Date.now();
  if (session.expiresAtMs <= now) return null;
  if (session.lastSeenAtMs + s.idleMinutes * 60_000 <= now) return null;
  if (now - session.lastSeenAtMs > TOUCH_AFTER_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    userId: session.userId,
    sessionId: session.id,
    organizationId: session.organizationId,
    roles: uniqueRoles((session.roles?.split(",") ?? []) as Role[]),
    locale: session.locale,
  };
}

export async function revokeSession(prisma: PrismaClient, sessionId: string) {
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeSessionsOfUser(
  prisma: Db,
  userId: string,
  options: { exceptSessionId?: string; organizationId?: string } = {},
) {
  await prisma.session.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}),
      ...(options.organizationId ? { currentOrganizationId: options.organizationId } : {}),
    },
    data: { revokedAt: new Date() },
  });
}
