// The people a data protection request can be about, as the admin finds them:
// account holders (volunteers and staff, by their membership), families (by
// the family's name or a member's first name), children and donors. A person
// is named in the API by a Relay global ID of the record that identifies them
// (User = membership, Volunteer = profile, Family, Child, Donor), always in the
// caller's organisation (the scoped client).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { notFound } from "../../errors.ts";
import { idFromPathSegment } from "../../http/route-ids.ts";
import type { PrivacySubject, SubjectKind } from "../module.ts";
import { ERASED } from "../privacy.ts";
import type { ServiceCtx } from "../service-context.ts";

export interface ResolvedSubject {
  subject: PrivacySubject;
  /** The global ID the admin's page and the download links use. */
  ref: string;
  name: string;
  /** Texts that name the person (name, email, phone, address): scrubbed from frozen documents on erasure. */
  identifying: string[];
  /** The audit entry's entity. */
  entity: { type: string; id: string };
}

export interface PersonHit {
  ref: string;
  kind: SubjectKind;
  name: string;
  /** What tells two people of the same name apart: email, family, birth date. */
  detail: string;
}

const SEARCH_LIMIT = 20;
const lines = (text: string | null | undefined) => (text ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
const texts = (...values: (string | null | undefined)[]) => [...new Set(values.flatMap((v) => (v?.trim() ? [v.trim()] : [])))];

async function userSubject(ctx: ServiceCtx, ref: string, userId: string): Promise<ResolvedSubject> {
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } });
  const [profiles, memberships] = await Promise.all([
    ctx.db.volunteerProfile.findMany({ where: { userId }, select: { phone: true } }),
    ctx.db.membership.findMany({ where: { userId }, select: { invitedName: true } }),
  ]);
  return {
    subject: { kind: "user", userId: user.id, email: user.email },
    ref,
    name: user.name,
    identifying: texts(user.name, user.email, ...profiles.map((p) => p.phone), ...memberships.map((m) => m.invitedName)),
    entity: { type: "User", id: user.id },
  };
}

/** The person a global ID names, in the caller's organisation; NOT_FOUND (on `field`) otherwise. */
export async function resolveSubject(ctx: ServiceCtx, ref: string, field = "subject"): Promise<ResolvedSubject> {
  const membershipId = idFromPathSegment(ref, "User");
  if (membershipId) {
    const m = await ctx.db.membership.findUnique({ where: { id: membershipId }, select: { userId: true } });
    if (m) return userSubject(ctx, ref, m.userId);
  }
  const profileId = idFromPathSegment(ref, "Volunteer");
  if (profileId) {
    const p = await ctx.db.volunteerProfile.findUnique({ where: { id: profileId }, select: { userId: true } });
    if (p) return userSubject(ctx, ref, p.userId);
  }
  const familyId = idFromPathSegment(ref, "Family");
  if (familyId) {
    const f = await ctx.db.family.findUnique({ where: { id: familyId }, select: { id: true, addressedAs: true, phone: true, address: true, members: { select: { firstName: true } } } });
    if (f) {
      return {
        subject: { kind: "family", familyId: f.id },
        ref,
        name: f.addressedAs,
        identifying: texts(f.addressedAs, f.phone, ...lines(f.address), ...f.members.map((m) => m.firstName)).filter((t) => t !== ERASED),
        entity: { type: "Family", id: f.id },
      };
    }
  }
  const childId = idFromPathSegment(ref, "Child");
  if (childId) {
    const c = await ctx.db.child.findUnique({ where: { id: childId }, select: { id: true, firstName: true, lastName: true, consentGivenBy: true, guardians: { select: { name: true, email: true, phone: true } } } });
    if (c) {
      return {
        subject: { kind: "child", childId: c.id },
        ref,
        name: `${c.firstName} ${c.lastName}`,
        identifying: texts(`${c.firstName} ${c.lastName}`, c.consentGivenBy, ...c.guardians.flatMap((g) => [g.name, g.email, g.phone])).filter((t) => t !== ERASED),
        entity: { type: "Child", id: c.id },
      };
    }
  }
  const donorId = idFromPathSegment(ref, "Donor");
  if (donorId) {
    const d = await ctx.db.donor.findUnique({ where: { id: donorId }, select: { id: true, name: true, email: true, address: true } });
    if (d) {
      return {
        subject: { kind: "donor", donorId: d.id },
        ref,
        name: d.name ?? ERASED,
        identifying: texts(d.name, d.email, ...lines(d.address)),
        entity: { type: "Donor", id: d.id },
      };
    }
  }
  throw notFound(field);
}

/**
 * Everyone in the organisation whose name or address contains the text, at
 * most 20 of each kind. People already erased are not found again (their
 * names are gone).
 */
export async function findPeople(ctx: ServiceCtx, text: string): Promise<PersonHit[]> {
  const q = text.trim();
  if (q.length < 2) return [];
  const has = { contains: q, mode: "insensitive" as const };
  const [members, families, children, donors] = await Promise.all([
    ctx.db.membership.findMany({
      where: { user: { OR: [{ name: has }, { email: has }], NOT: { email: { endsWith: "@erased.invalid" } } } },
      select: { id: true, user: { select: { name: true, email: true } }, roles: { select: { role: true } } },
      orderBy: { user: { name: "asc" } },
      take: SEARCH_LIMIT,
    }),
    ctx.db.family.findMany({
      // closedReason is null for most families, and NOT (null = 'erased') is null in SQL: ask for both.
      where: { AND: [{ OR: [{ closedReason: null }, { closedReason: { not: "erased" } }] }, { OR: [{ addressedAs: has }, { phone: has }, { members: { some: { firstName: has } } }] }] },
      select: { id: true, addressedAs: true, members: { select: { firstName: true }, orderBy: { sortOrder: "asc" } } },
      orderBy: { addressedAs: "asc" },
      take: SEARCH_LIMIT,
    }),
    ctx.db.child.findMany({
      where: { NOT: { firstName: ERASED }, OR: [{ firstName: has }, { lastName: has }, { guardians: { some: { OR: [{ name: has }, { email: has }] } } }] },
      select: { id: true, firstName: true, lastName: true, birthDate: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: SEARCH_LIMIT,
    }),
    ctx.db.donor.findMany({
      where: { anonymisedAt: null, OR: [{ name: has }, { email: has }] },
      select: { id: true, name: true, email: true },
      orderBy: { sortName: "asc" },
      take: SEARCH_LIMIT,
    }),
  ]);
  return [
    ...members.map((m) => ({ ref: encodeGlobalID("User", m.id), kind: "user" as const, name: m.user.name, detail: [m.user.email, ...m.roles.map((r) => r.role)].join(" · ") })),
    ...families.map((f) => ({ ref: encodeGlobalID("Family", f.id), kind: "family" as const, name: f.addressedAs, detail: f.members.map((m) => m.firstName).join(", ") })),
    ...children.map((c) => ({ ref: encodeGlobalID("Child", c.id), kind: "child" as const, name: `${c.firstName} ${c.lastName}`, detail: c.birthDate.toISOString().slice(0, 10) })),
    ...donors.map((d) => ({ ref: encodeGlobalID("Donor", d.id), kind: "donor" as const, name: d.name ?? "", detail: d.email ?? "" })),
  ];
}
