// Server-side sessions behind the cookie. The cookie holds a random secret; the
// table holds its digest, the current organisation and the two lifetimes
// (idle and absolute). Sign-out and password changes revoke rows here.
import { sortRoles } from "@lotse/domain/roles";
import { Prisma, type Locale, type Organization, type PrismaClient, type Role } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import { prismaSql, type DirectSql } from "../../db/direct.ts";
import type { ScopedTx } from "../../db/tenancy.ts";
import { readSettings, type OrganizationSettings } from "../organizations/index.ts";
import { digest, newSecret } from "./tokens.ts";
import type { ResolvedSession, ViewerCache } from "../../db/viewer-cache.ts";

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

/** The caller's current organisation: its row, with the settings read once per request. */
export interface ViewerOrganization extends Organization {
  parsedSettings: OrganizationSettings;
  /**
   * The organisation's MatchingSettings.noContactAlertDays (null without a
   * row: the defaults apply), read with the session: the coordinator's start
   * page counts the tandems without contact by it, and reading it here saves
   * that count a statement and a turn of its own on every such request.
   */
  noContactAlertDays: number | null;
}

/** One of the caller's active memberships (any organisation): the organisation's row and the roles there. */
export interface ViewerMembership {
  organization: Organization;
  roles: Role[];
}

/**
 * The caller's membership row in the current organisation as the session
 * lookup read it (with the account's name, email and language), so that
 * `me { user { … } }` is answered without reading the row again. Only the
 * columns named here are present; a query needing more reads the database.
 */
export interface ViewerMembershipRow {
  id: string;
  organizationId: string;
  userId: string;
  active: boolean;
  acceptedAt: Date | null;
  invitedName: string | null;
  createdAt: Date;
  updatedAt: Date;
  roles: { role: Role }[];
  user: { id: string; name: string; email: string; locale: Locale };
}

/**
 * Who is calling: resolved once per request from the session cookie, in one
 * statement that also brings what nearly every request needs (the current
 * organisation with its settings, the caller's memberships, their volunteer
 * profile here), so resolvers and services never read those again.
 */
export interface Viewer {
  userId: string;
  sessionId: string;
  organizationId: string;
  roles: Role[];
  locale: Locale;
  organization: ViewerOrganization;
  /** Active memberships, by organisation name. */
  memberships: ViewerMembership[];
  /** The caller's volunteer profile in the current organisation, if any. */
  volunteerProfileId: string | null;
  /** The current membership as read with the session; null when something changed it since. */
  membership: ViewerMembershipRow | null;
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

interface OrganizationJson {
  id: string;
  slug: string;
  name: string;
  settings: unknown;
  createdAt: string;
  updatedAt: string;
  roles?: string[] | null;
}

/**
 * A row of `loadSession`, typed as both of its readers return it: the SQL
 * hands out only values that arrive the same through the driver adapter and
 * through Prisma Client (text, booleans, text arrays, float8), so times are
 * milliseconds since the epoch and JSON comes as text.
 */
interface SessionSqlRow {
  id: string;
  userId: string;
  organizationId: string | null;
  revoked: boolean;
  expiresAtMs: number;
  lastSeenAtMs: number;
  locale: Locale;
  active: boolean | null;
  roles: string[] | null;
  organization: string | null;
  memberships: string | null;
  volunteerProfileId: string | null;
  membershipId: string | null;
  membershipActive: boolean;
  acceptedAtMs: number | null;
  invitedName: string | null;
  membershipCreatedAtMs: number;
  membershipUpdatedAtMs: number;
  name: string;
  email: string;
}

interface SessionRow extends Omit<SessionSqlRow, "memberships"> {
  memberships: OrganizationJson[] | null;
}

// The current organisation arrives with every request as JSON text and rarely
// changes; parsing it and its settings (zod, defaults filled in) each time is
// measurable. The parsed row is kept per organisation for as long as the text
// is the same (frozen: requests share it).
const organizations = new Map<string, { json: string; organization: ViewerOrganization }>();

function viewerOrganization(organizationId: string, json: string): ViewerOrganization {
  const cached = organizations.get(organizationId);
  if (cached?.json === json) return cached.organization;
  const parsed = JSON.parse(json) as OrganizationJson & { noContactAlertDays?: number | null };
  const row = organizationRow(parsed);
  const organization = Object.freeze({ ...row, parsedSettings: readSettings(row.settings), noContactAlertDays: parsed.noContactAlertDays ?? null });
  if (organizations.size > 1000) organizations.clear();
  organizations.set(organizationId, { json, organization });
  return organization;
}

// JSON built in SQL carries timestamps as text; Prisma stores them as UTC wall time.
const utc = (text: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);

function organizationRow(json: OrganizationJson): Organization {
  return {
    id: json.id,
    slug: json.slug,
    name: json.name,
    settings: json.settings as Organization["settings"],
    createdAt: utc(json.createdAt),
    updatedAt: utc(json.updatedAt),
  };
}

const organizationJson = (alias: string) => Prisma.raw(
  `json_build_object('id', ${alias}."id", 'slug', ${alias}."slug", 'name', ${alias}."name", 'settings', ${alias}."settings", ` +
    `'createdAt', ${alias}."createdAt", 'updatedAt', ${alias}."updatedAt")`,
);

/**
 * The viewer behind a cookie, in one statement: every request pays for this,
 * so session, user, membership and roles, the current organisation with its
 * settings, the caller's active memberships and their volunteer profile come
 * back in a single query instead of a round trip each. Times are compared in
 * milliseconds since the epoch; Prisma stores them as UTC wall time, which
 * EXTRACT reads as is.
 *
 * `sql` is the request path's direct reader (db/direct.ts), past Prisma
 * Client: this statement runs on every request. It is not organisation-scoped
 * and needs no scoping: the token leads to one session and its user, the
 * current organisation only through that user's active, accepted membership
 * (no membership, no viewer), and the memberships listed are the user's own.
 */
export async function resolveSession(
  sql: DirectSql,
  prisma: PrismaClient,
  token: string,
  s: SessionSettings,
  cache?: ViewerCache,
): Promise<Viewer | null> {
  const key = digest(token);
  const load = async (): Promise<ResolvedSession | null> => {
    const session = await loadSession(sql, Prisma.sql`s."tokenHash" = ${key}`);
    if (!session || session.revoked || !session.organizationId || !session.active || !session.organization) return null;
    return { viewer: viewerOfRow(session), expiresAtMs: session.expiresAtMs, lastSeenAtMs: session.lastSeenAtMs };
  };
  const resolved = cache ? await cache.resolve(key, load) : await load();
  if (!resolved) return null;
  // The session's lifetimes hold on every request, whether its viewer was read now or kept.
  const now = Date.now();
  if (resolved.expiresAtMs <= now) return null;
  if (resolved.lastSeenAtMs + s.idleMinutes * 60_000 <= now) return null;
  if (now - resolved.lastSeenAtMs > TOUCH_AFTER_MS) {
    await prisma.session.update({ where: { id: resolved.viewer.sessionId }, data: { lastSeenAt: new Date(now) } });
    cache?.touched(key, now);
  }
  return resolved.viewer;
}

/**
 * The viewer of a session just created or switched (sign-in, organisation
 * switch), read the same way as on every request.
 */
export async function viewerOfSession(prisma: Db, sessionId: string): Promise<Viewer> {
  const session = await loadSession(prismaSql(prisma), Prisma.sql`s."id" = ${sessionId}::uuid`);
  if (!session?.organizationId || !session.organization) throw new Error("The session has no current organisation.");
  return viewerOfRow(session);
}

function viewerOfRow(session: SessionRow): Viewer {
  const roles = sortRoles((session.roles ?? []) as Role[]);
  return {
    userId: session.userId,
    sessionId: session.id,
    organizationId: session.organizationId!,
    roles,
    locale: session.locale,
    organization: viewerOrganization(session.organizationId!, session.organization!),
    memberships: (session.memberships ?? []).map((m) => ({ organization: organizationRow(m), roles: sortRoles((m.roles ?? []) as Role[]) })),
    volunteerProfileId: session.volunteerProfileId,
    membership: !session.membershipId ? null : {
      id: session.membershipId,
      organizationId: session.organizationId!,
      userId: session.userId,
      active: session.membershipActive,
      acceptedAt: session.acceptedAtMs === null ? null : new Date(session.acceptedAtMs),
      invitedName: session.invitedName,
      createdAt: new Date(session.membershipCreatedAtMs),
      updatedAt: new Date(session.membershipUpdatedAtMs),
      roles: roles.map((role) => ({ role })),
      user: { id: session.userId, name: session.name, email: session.email, locale: session.locale },
    },
  };
}

const epochMs = (column: string) => Prisma.raw(`(EXTRACT(EPOCH FROM ${column}) * 1000)::float8`);

async function loadSession(sql: DirectSql, where: Prisma.Sql): Promise<SessionRow | undefined> {
  const rows = (await sql.query(Prisma.sql`
    SELECT s."id", s."userId", s."currentOrganizationId" AS "organizationId", s."revokedAt" IS NOT NULL AS "revoked",
           ${epochMs(`s."expiresAt"`)} AS "expiresAtMs",
           ${epochMs(`s."lastSeenAt"`)} AS "lastSeenAtMs",
           u."locale"::text AS "locale", u."name", u."email", (m."active" AND m."acceptedAt" IS NOT NULL) AS "active",
           m."id" AS "membershipId", m."active" AS "membershipActive", ${epochMs(`m."acceptedAt"`)} AS "acceptedAtMs", m."invitedName",
           ${epochMs(`m."createdAt"`)} AS "membershipCreatedAtMs", ${epochMs(`m."updatedAt"`)} AS "membershipUpdatedAtMs",
           (SELECT array_agg(r."role"::text) FROM "MembershipRole" r WHERE r."membershipId" = m."id") AS "roles",
           (CASE WHEN o."id" IS NOT NULL THEN ${organizationJson("o")}::jsonb || jsonb_build_object('noContactAlertDays',
              (SELECT ms."noContactAlertDays" FROM "MatchingSettings" ms WHERE ms."organizationId" = o."id")) END)::text AS "organization",
           (SELECT json_agg(${organizationJson("ao")}::jsonb || jsonb_build_object('roles',
                     (SELECT array_agg(ar."role"::text) FROM "MembershipRole" ar WHERE ar."membershipId" = am."id"))
                   ORDER BY ao."name", ao."id")
              FROM "Membership" am JOIN "Organization" ao ON ao."id" = am."organizationId"
             WHERE am."userId" = s."userId" AND am."active" AND am."acceptedAt" IS NOT NULL)::text AS "memberships",
           v."id" AS "volunteerProfileId"
      FROM "Session" s
      JOIN "User" u ON u."id" = s."userId"
      LEFT JOIN "Membership" m ON m."organizationId" = s."currentOrganizationId" AND m."userId" = s."userId"
      LEFT JOIN "Organization" o ON o."id" = s."currentOrganizationId"
      LEFT JOIN "VolunteerProfile" v ON v."organizationId" = s."currentOrganizationId" AND v."userId" = s."userId"
     WHERE ${where}`)) as unknown as SessionSqlRow[];
  const row = rows[0];
  if (!row) return undefined;
  return {
    ...row,
    memberships: row.memberships === null ? null : (JSON.parse(row.memberships) as OrganizationJson[]),
  };
}

export async function revokeSession(prisma: PrismaClient, sessionId: string) {
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeSessionsOfUser(
  prisma: Db | ScopedTx,
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
