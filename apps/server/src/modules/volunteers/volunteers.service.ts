// Volunteers as coordinators see and decide on them, and as volunteers keep
// their own profile. Every query runs through the organisation-scoped client.
import { PATHS } from "@lotse/domain/paths";
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { LanguageLevel, Prisma, VolunteerStatus } from "../../generated/prisma/client.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { audit } from "../audit/index.ts";
import type { Viewer } from "../identity/index.ts";
import { approvalBlock, clearedForChildren, type CertificateStanding } from "@lotse/domain/children-rule";
import { assertRecordable, certificateState, inspectionThresholds, type CertificateState } from "./conduct.ts";
import { reviewDecisionMail } from "./mails.ts";
import { checkProfile, type ProfileInput } from "./profile-input.ts";
import { consentTranslation, currentConsent } from "./registration.service.ts";
import { type ServiceCtx, nowOf, signedIn } from "../service-context.ts";
import { assertNotOwnRecord } from "./access.ts";
import { toDbLocale } from "../../i18n/locales.ts";

export interface VolunteersFilter {
  status?: VolunteerStatus | null;
  languageCode?: string | null;
  topicId?: string | null;
  districtId?: string | null;
  interpreter?: boolean | null;
  certificateState?: CertificateState | null;
  search?: string | null;
  /** Flagged by the retention job: no hours for the organisation's inactivity period (retention.ts). */
  inactive?: boolean | null;
}

export function volunteersWhere(filter: VolunteersFilter | null | undefined, revalidateYears: number, today = parseIsoDate(berlinToday())) {
  const and: Prisma.VolunteerProfileWhereInput[] = [];
  if (!filter) return {};
  if (filter.status) and.push({ status: filter.status });
  if (filter.languageCode) {
    // Asking for interpreters in a language means people who interpret that language.
    const interpreting = filter.interpreter ? { interpreting: true } : {};
    and.push({ languages: { some: { code: filter.languageCode.toLowerCase(), ...interpreting } } });
  }
  if (filter.topicId) and.push({ topics: { some: { topicId: filter.topicId } } });
  if (filter.districtId) and.push({ districtId: filter.districtId });
  if (filter.interpreter != null) and.push({ offersInterpreting: filter.interpreter });
  if (filter.inactive != null) and.push({ inactiveSince: filter.inactive ? { not: null } : null });
  const search = filter.search?.trim();
  if (search) {
    and.push({ user: { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search, mode: "insensitive" } }] } });
  }
  if (filter.certificateState) {
    const { expiredBefore, expiringBefore } = inspectionThresholds(today, revalidateYears);
    const after = (d: Date) => ({ conductCertificates: { some: { inspectedOn: { gt: d } } } });
    switch (filter.certificateState) {
      case "MISSING":
        and.push({ conductCertificates: { none: {} } });
        break;
      case "VALID":
        and.push(after(expiringBefore));
        break;
      case "EXPIRING":
        and.push(after(expiredBefore), { NOT: after(expiringBefore) });
        break;
      case "EXPIRED":
        and.push({ conductCertificates: { some: {} } }, { NOT: after(expiredBefore) });
        break;
    }
  }
  return and.length ? { AND: and } : {};
}

export async function myProfile(ctx: ServiceCtx) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const profile = await db.volunteerProfile.findFirst({ where: { userId: viewer.userId } });
  if (!profile) throw new DomainError("NOT_FOUND", "volunteer.noProfile");
  return profile;
}

/**
 * Saves the volunteer's own profile. Only what differs from the stored profile
 * is written and named in the audit; a save that changes nothing writes and
 * audits nothing. The write is conditional on the profile as read in the
 * transaction (its updatedAt), so a change that lands in between (another
 * device, a coordinator) is not overwritten unseen: the answer is CONFLICT.
 */
export async function updateMyProfile(ctx: ServiceCtx, input: ProfileInput & { name?: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const profile = await myProfile(ctx);
  const settings = viewer.organization.parsedSettings;
  const checked = await checkProfile(db, settings, input);
  return db.$transaction(async (tx) => {
    const current = await tx.volunteerProfile.findUniqueOrThrow({
      where: { id: profile.id },
      include: { languages: true, topics: true, availability: true, user: { select: { name: true } } },
    });
    const name = input.name?.trim() || null;
    const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort().join("|");
    const changed = [
      ...(name && name !== current.user.name ? ["name"] : []),
      ...Object.entries(checked.scalars).filter(([key, value]) => current[key as keyof typeof checked.scalars] !== value).map(([key]) => key),
      ...(sorted(current.languages.map((l) => ({ code: l.code, level: l.level, interpreting: l.interpreting }))) !== sorted(checked.languages) ? ["languages"] : []),
      ...(sorted(current.topics.map((x) => ({ topicId: x.topicId }))) !== sorted(checked.topics) ? ["topics"] : []),
      ...(sorted(current.availability.map((a) => ({ weekday: a.weekday, startMinute: a.startMinute, endMinute: a.endMinute }))) !== sorted(checked.availability) ? ["availability"] : []),
    ];
    if (changed.length === 0) return current;
    const { count } = await tx.volunteerProfile.updateMany({ where: { id: profile.id, updatedAt: current.updatedAt }, data: checked.scalars });
    if (count !== 1) throw new DomainError("CONFLICT", "conflict.changedMeanwhile");
    if (changed.includes("name")) await tx.user.update({ where: { id: viewer.userId }, data: { name: name! } });
    const volunteerId = profile.id;
    if (changed.includes("languages")) {
      await tx.volunteerLanguage.deleteMany({ where: { volunteerId } });
      await tx.volunteerLanguage.createMany({ data: checked.languages.map((l) => ({ ...l, volunteerId })) });
    }
    if (changed.includes("topics")) {
      await tx.volunteerTopic.deleteMany({ where: { volunteerId } });
      await tx.volunteerTopic.createMany({ data: checked.topics.map((x) => ({ ...x, volunteerId })) });
    }
    if (changed.includes("availability")) {
      await tx.availabilitySlot.deleteMany({ where: { volunteerId } });
      await tx.availabilitySlot.createMany({ data: checked.availability.map((a) => ({ ...a, volunteerId })) });
    }
    await audit(tx, viewer.userId, "volunteer.profileUpdated", { type: "VolunteerProfile", id: profile.id }, { fields: changed });
    return tx.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } });
  });
}

/** Withdrawing consent pauses the volunteer; giving it again (current version) lets coordinators reactivate. */
export async function setMyConsent(ctx: ServiceCtx, consent: { give: false } | { give: true; version: number }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const profile = await myProfile(ctx);
  return db.$transaction(async (tx) => {
    // Conditional on the consent state this request changes, so a repeated or
    // concurrent request (a second tab, a double click) writes and audits nothing.
    let changed: boolean;
    if (consent.give) {
      const current = await currentConsent(tx);
      if (!current || current.version !== consent.version) throw new DomainError("VALIDATION", "consent.outdated", "consent");
      const { count } = await tx.volunteerProfile.updateMany({
        where: { id: profile.id, OR: [{ consentWithdrawnAt: { not: null } }, { consentVersion: { not: current.version } }] },
        data: {
          consentVersion: current.version,
          // Which translation was shown beside the binding German text (DE: none).
          consentLocale: toDbLocale(consentTranslation(current, ctx.locale) ? ctx.locale : "de"),
          consentedAt: new Date(),
          consentWithdrawnAt: null,
        },
      });
      changed = count === 1;
    } else {
      const { count } = await tx.volunteerProfile.updateMany({ where: { id: profile.id, consentWithdrawnAt: null }, data: { consentWithdrawnAt: new Date() } });
      changed = count === 1;
      // Conditional, so a decision landing meanwhile (e.g. the volunteering ended) is not undone.
      if (changed) await tx.volunteerProfile.updateMany({ where: { id: profile.id, status: "APPROVED" }, data: { status: "PAUSED" } });
    }
    if (changed) {
      await audit(tx, viewer.userId, consent.give ? "volunteer.consentGiven" : "volunteer.consentWithdrawn", { type: "VolunteerProfile", id: profile.id });
    }
    return tx.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } });
  });
}

/**
 * Loads the volunteer a coordinator decides about. Nobody decides about their
 * own record (a coordinator may volunteer, too): that is another coordinator's
 * job, so approval, certificates, hours and payments always have two people.
 */
async function loadForDecision(db: ScopedDb, viewer: Viewer, id: string, field = "id") {
  const profile = await db.volunteerProfile.findUnique({ where: { id }, include: { user: true } });
  if (!profile) throw notFound(field);
  assertNotOwnRecord(viewer, profile, field);
  return profile;
}


/** The state of the person's latest Führungszeugnis inspection today. */
async function certificateStanding(ctx: ServiceCtx, volunteerId: string, now: Date): Promise<CertificateStanding> {
  const years = signedIn(ctx).organization.parsedSettings.volunteers.conductCertificateRevalidateYears;
  const latest = await ctx.db.conductCertificate.findFirst({
    where: { volunteerId },
    orderBy: [{ inspectedOn: "desc" }, { createdAt: "desc" }],
    select: { inspectedOn: true, hasRelevantEntry: true },
  });
  const state = certificateState(latest?.inspectedOn ?? null, parseIsoDate(berlinToday(now)), years);
  return { state, hasRelevantEntry: latest?.hasRelevantEntry ?? false };
}

/** Moves a volunteer between states with a conditional update, so two coordinators cannot both decide. */
async function transition(
  db: ScopedDb,
  viewer: Viewer,
  id: string,
  from: VolunteerStatus | VolunteerStatus[],
  data: Prisma.VolunteerProfileUpdateManyMutationInput,
  action: string,
  changes: Prisma.InputJsonValue,
  /** More writes that belong to the decision (the email to the volunteer). */
  andThen?: (tx: Parameters<Parameters<ScopedDb["$transaction"]>[0]>[0]) => Promise<unknown>,
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.volunteerProfile.updateMany({ where: { id, status: Array.isArray(from) ? { in: from } : from }, data });
    if (count !== 1) return false;
    await audit(tx, viewer.userId, action, { type: "VolunteerProfile", id }, changes);
    await andThen?.(tx);
    return true;
  });
}

/**
 * Approves or rejects a sign-up. Approving someone whose Führungszeugnis does
 * not clear them for work with minors (§ 72a SGB VIII) needs the coordinator's
 * answer to "will they work with children or young people?": unanswered or yes
 * is refused, no approves (and the answer is kept in the audit entry).
 */
export async function reviewVolunteer(
  ctx: ServiceCtx,
  { id, decision, reason, worksWithChildren = null }: { id: string; decision: "APPROVE" | "REJECT"; reason: string | null; worksWithChildren?: boolean | null },
) {
  const viewer = signedIn(ctx);
  const { db, config } = ctx;
  const profile = await loadForDecision(db, viewer, id);
  if (decision === "REJECT" && !reason?.trim()) throw new DomainError("VALIDATION", "volunteer.reasonRequired", "reason");
  if (decision === "APPROVE" && profile.consentWithdrawnAt) throw new DomainError("CONFLICT", "volunteer.consentWithdrawn", "id");
  const now = nowOf(ctx);
  let childrenAsked = false;
  if (decision === "APPROVE") {
    const standing = await certificateStanding(ctx, id, now);
    const block = approvalBlock(standing, worksWithChildren);
    if (block === "unanswered") throw new DomainError("VALIDATION", "volunteer.childrenUnanswered", "worksWithChildren");
    if (block === "needsCertificate") throw new DomainError("CONFLICT", "volunteer.childrenNeedsCertificate", "worksWithChildren");
    childrenAsked = !clearedForChildren(standing);
  }
  const approved = decision === "APPROVE";
  const { organization } = viewer;
  const mail = reviewDecisionMail(profile.user.locale, profile.user.name, organization.name, approved, reason?.trim() || null, `${config.PUBLIC_URL}${PATHS.login}`);
  const done = await transition(
    db,
    viewer,
    id,
    "PENDING",
    { status: approved ? "APPROVED" : "REJECTED", reviewedAt: now, reviewedById: viewer.userId, reviewReason: reason?.trim() || null, ...(approved ? { approvedAt: now } : {}) },
    approved ? "volunteer.approved" : "volunteer.rejected",
    { reason: reason?.trim() || null, ...(childrenAsked ? { worksWithChildren: false } : {}) },
    // The decision and the email telling the volunteer commit together.
    (tx) => enqueueMail(tx, { to: profile.user.email, ...mail }),
  );
  if (!done) throw new DomainError("CONFLICT", "volunteer.notPending", "id");
}

export async function pauseVolunteer(ctx: ServiceCtx, { id, reason }: { id: string; reason: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  await loadForDecision(db, viewer, id);
  const done = await transition(db, viewer, id, "APPROVED", { status: "PAUSED", reviewReason: reason?.trim() || null }, "volunteer.paused", { reason: reason?.trim() || null });
  if (!done) throw new DomainError("CONFLICT", "volunteer.notActive", "id");
}

export async function reactivateVolunteer(ctx: ServiceCtx, { id }: { id: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const profile = await loadForDecision(db, viewer, id);
  if (profile.consentWithdrawnAt) throw new DomainError("CONFLICT", "volunteer.consentWithdrawn", "id");
  const done = await transition(db, viewer, id, "PAUSED", { status: "APPROVED", reviewReason: null }, "volunteer.reactivated", {});
  if (!done) throw new DomainError("CONFLICT", "volunteer.notPaused", "id");
}

/**
 * Ends someone's volunteering (moved away, stopped): they keep their hours and
 * certificates, but take no new work; their Führungszeugnis records are deleted
 * a set number of months later by the retention job (see retention.ts).
 */
export async function endVolunteering(ctx: ServiceCtx, { id, reason }: { id: string; reason: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  await loadForDecision(db, viewer, id);
  const done = await transition(db, viewer, id, ["APPROVED", "PAUSED"], { status: "ENDED", endedAt: now, reviewReason: reason?.trim() || null }, "volunteer.ended", {
    reason: reason?.trim() || null,
  });
  if (!done) throw new DomainError("CONFLICT", "volunteer.cannotEnd", "id");
}

/**
 * Records an inspection. Only the latest inspection is needed, so the records
 * it supersedes (inspected on or before it) are deleted in the same
 * transaction; an inspection older than one already recorded is refused.
 */
export async function recordConductCertificate(ctx: ServiceCtx, { volunteerId, input }: { volunteerId: string; input: { inspectedOn: string; issuedOn: string; hasRelevantEntry: boolean } }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  await loadForDecision(db, viewer, volunteerId, "volunteerId");
  const settings = viewer.organization.parsedSettings;
  const inspectedOn = parseIsoDate(input.inspectedOn);
  const issuedOn = parseIsoDate(input.issuedOn);
  assertRecordable({ inspectedOn, issuedOn }, parseIsoDate(berlinToday(nowOf(ctx))), settings.volunteers.conductCertificateMaxAgeMonths);
  return db.$transaction(async (tx) => {
    // Row lock on the volunteer: two inspections recorded at once cannot both keep their record.
    await tx.$queryRaw`SELECT 1 FROM "VolunteerProfile" WHERE "id" = ${volunteerId}::uuid FOR UPDATE`;
    if (await tx.conductCertificate.count({ where: { volunteerId, inspectedOn: { gt: inspectedOn } } })) {
      throw new DomainError("CONFLICT", "conduct.newerRecorded", "inspectedOn");
    }
    const superseded = await tx.conductCertificate.deleteMany({ where: { volunteerId, inspectedOn: { lte: inspectedOn } } });
    const record = await tx.conductCertificate.create({
      data: { volunteerId, inspectedOn, issuedOn, hasRelevantEntry: input.hasRelevantEntry, inspectedById: viewer.userId },
    });
    // The log says that an inspection was recorded (who, when: the entry itself),
    // never its dates or the answer: those live only in the record, which is deleted.
    await audit(tx, viewer.userId, "volunteer.conductCertificateRecorded", { type: "VolunteerProfile", id: volunteerId });
    if (superseded.count > 0) {
      await audit(tx, viewer.userId, "volunteer.conductCertificateDeleted", { type: "VolunteerProfile", id: volunteerId }, { reason: "SUPERSEDED", count: superseded.count });
    }
    return record;
  });
}

export type { LanguageLevel };
