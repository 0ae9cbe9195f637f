// Server-side sessions behind the cookie. The cookie holds a random secret; the
// table holds its digest, the current organisation and the two lifetimes
// (idle and absolute). Sign-out and password changes revoke rows here.
import type { PrismaClient, Role, Locale } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import { rolesOf } from "./roles.ts";
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

export async function resolveSession(prisma: PrismaClient, token: string, s: SessionSettings): Promise<Viewer | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: digest(token) },
    include: { user: { select: { locale: true } } },
  });
  if (!session || session.revokedAt || !session.currentOrganizationId) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) return null;
  if (session.lastSeenAt.getTime() + s.idleMinutes * 60_000 <= now) return null;
  const membership = await prisma.membership.findUnique({
    where: { organizationId_userId: { organizationId: session.currentOrganizationId, userId: session.userId } },
    select: { roles: { select: { role: true } }, active: true },
  });
  if (!membership?.active) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    userId: session.userId,
    sessionId: session.id,
    organizationId: session.currentOrganizationId,
    roles: rolesOf(membership),
    locale: session.user.locale,
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
