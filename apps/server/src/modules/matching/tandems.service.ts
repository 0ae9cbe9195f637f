// The tandem lifecycle: PROPOSED → ACTIVE (the volunteer accepts) or DECLINED
// (with a reason); ACTIVE ⇄ PAUSED; ENDED with a reason. Every change is one
// conditional update on the status it was read in (of two people acting at
// once one wins, the other hears CONFLICT), with its event (who, when, from,
// to, why) and audit entry in the same transaction. Capacity, one open tandem
// per pair and one active tandem per family are the database's (the Tandem
// trigger); its refusals arrive as typed errors (tandem-refusals.ts).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { berlinToday } from "@lotse/domain/berlin-time";
import { isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { CONTACT_KINDS, TANDEM, TANDEM_END_REASONS } from "@lotse/domain/matching";
import { PATHS } from "@lotse/domain/paths";
import { DomainError, notFound } from "../../errors.ts";
import type { ContactKind, Prisma, TandemEndReason, TandemStatus } from "../../generated/prisma/client.ts";
import type { ScopedTx } from "../../db/scoped-types.ts";
import { enqueueMail, enqueueMails } from "../../jobs/outbox.ts";
import { audit } from "../audit/index.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { assertCanChange, assertCanRespond, isCoordinator } from "./access.ts";
import { HARD_RULES, type HardRule } from "./assignment/hard-rules.ts";
import type { StoredExplanation } from "./explanations.ts";
import { declineMail, proposalMail } from "./mails.ts";
import type { FamilyRow, VolunteerRow } from "./matching-data.service.ts";
import { explainPair } from "./suggestions.service.ts";
import { whyNot } from "./assignment/hard-rules.ts";
import { createScorer } from "./assignment/scoring.ts";
import { loadMatching } from "./matching-data.service.ts";
import { readMatchingSettings } from "./settings.service.ts";
import { withTandemRules } from "./tandem-refusals.ts";
import type { PairIds } from "./suggestions.service.ts";

const OPEN: TandemStatus[] = ["PROPOSED", "ACTIVE", "PAUSED"];

/** A hard rule as the typed error of the field it concerns. */
export function ruleError(rule: HardRule, field = "volunteerId"): DomainError {
  return new DomainError(rule === "no-free-place" || rule === "already-proposed" ? "CONFLICT" : "VALIDATION", `matching.rule.${rule}`, field);
}

async function event(tx: ScopedTx, tandemId: string, actorUserId: string | null, fromStatus: TandemStatus | null, toStatus: TandemStatus, reason: string | null, at: Date) {
  await tx.tandemEvent.create({ data: { tandemId, actorUserId, fromStatus, toStatus, reason, at } });
}

const firstNames = (family: Pick<FamilyRow, "members">) => family.members.map(([name]) => name).join(", ");

type CheckedPair = { family: FamilyRow; volunteer: VolunteerRow; explanation: StoredExplanation; districtName: string | null };

/**
 * Writes PROPOSED tandems with their stored explanations, then their events,
 * audit entries and the volunteers' emails, each kind in one statement. Each
 * tandem is its own insert so that a refusal of the Tandem trigger names its
 * pair (`field(k)`); the transaction then rolls back whole.
 */
async function insertProposals(ctx: ServiceCtx, tx: ScopedTx, pairs: readonly CheckedPair[], field?: (k: number) => string) {
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  const tandems = [];
  for (const [k, pair] of pairs.entries()) {
    const data = {
      familyId: pair.family.id,
      volunteerId: pair.volunteer.id,
      score: pair.explanation.score,
      explanation: pair.explanation as unknown as Prisma.InputJsonValue,
      proposedAt: now,
      proposedById: viewer.userId,
    };
    tandems.push(await withTandemRules(() => tx.tandem.create({ data }), field?.(k)));
  }
  await tx.tandemEvent.createMany({ data: tandems.map((t) => ({ tandemId: t.id, actorUserId: viewer.userId, fromStatus: null, toStatus: "PROPOSED" as const, reason: null, at: now })) });
  await tx.auditLog.createMany({
    data: tandems.map((t) => ({
      actorUserId: viewer.userId,
      action: "tandem.proposed",
      entityType: "Tandem",
      entityId: t.id,
      changes: { familyId: t.familyId, volunteerId: t.volunteerId, score: t.score },
    })),
  });
  const link = `${ctx.config.PUBLIC_URL}${PATHS.myTandems}`;
  await enqueueMails(
    tx,
    pairs.map((pair) => ({
      to: pair.volunteer.email,
      organizationId: viewer.organizationId,
      ...proposalMail(pair.volunteer.locale as never, { name: pair.volunteer.name, organization: viewer.organization.name, firstNames: firstNames(pair.family), district: pair.districtName, link }),
    })),
  );
  return tandems;
}

/**
 * Checks pairs against the families' state, the coordinator's own record and
 * the hard rules, in order, each pair using up a place of its volunteer for
 * the pairs after it; returns them with their explanations. One load of the
 * matching facts for all of them.
 */
async function checkedPairs(ctx: ServiceCtx, pairs: readonly PairIds[], fieldOf: (k: number, side: "familyId" | "volunteerId") => string) {
  const viewer = signedIn(ctx);
  const [loaded, settings, districts] = await Promise.all([
    loadMatching(ctx, { familyIds: [...new Set(pairs.map((p) => p.familyId))], volunteerIds: [...new Set(pairs.map((p) => p.volunteerId))] }),
    readMatchingSettings(ctx.db),
    ctx.db.district.findMany({ select: { id: true, name: true } }),
  ]);
  const familyIndex = new Map(loaded.families.map((f, i) => [f.id, i]));
  const volunteerIndex = new Map(loaded.volunteers.map((v, j) => [v.id, j]));
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const scorer = createScorer(loaded.data, settings.weights);
  return pairs.map((pair, k) => {
    const i = familyIndex.get(pair.familyId);
    const j = volunteerIndex.get(pair.volunteerId);
    if (i === undefined) throw notFound(fieldOf(k, "familyId"));
    if (j === undefined) throw notFound(fieldOf(k, "volunteerId"));
    const family = loaded.families[i]!;
    const volunteer = loaded.volunteers[j]!;
    if (family.status === "CLOSED") throw new DomainError("CONFLICT", "matching.familyClosed", fieldOf(k, "familyId"));
    if (volunteer.userId === viewer.userId) throw new DomainError("FORBIDDEN", "volunteer.ownRecord", fieldOf(k, "volunteerId"));
    const rule = whyNot(loaded.data, i, j);
    if (rule) throw ruleError(rule, fieldOf(k, "volunteerId"));
    const explanation = explainPair(loaded, scorer, i, j);
    loaded.data.volunteers.freePlaces[j]!--;
    return { family, volunteer, explanation, districtName: family.districtId ? (districtName.get(family.districtId) ?? null) : null } satisfies CheckedPair;
  });
}

export async function proposeMatch(ctx: ServiceCtx, pair: PairIds) {
  const [checked] = await checkedPairs(ctx, [pair], (_k, side) => side);
  return withTandemRules(() => ctx.db.$transaction(async (tx) => (await insertProposals(ctx, tx, [checked!]))[0]!));
}

/**
 * The coordinator's reviewed batch: every pair becomes a PROPOSED tandem, or
 * none does (the first refused pair names itself: `pairs.3.volunteerId`, nothing written).
 */
export async function confirmAssignments(ctx: ServiceCtx, pairs: readonly PairIds[]) {
  if (pairs.length === 0) throw new DomainError("VALIDATION", "validation.required", "pairs");
  if (pairs.length > TANDEM.batchFamiliesMax) throw new DomainError("VALIDATION", "validation.tooMany", "pairs");
  const checked = await checkedPairs(ctx, pairs, (k, side) => `pairs.${k}.${side}`);
  return ctx.db.$transaction(
    (tx) => insertProposals(ctx, tx, checked, (k) => `pairs.${k}`),
    { timeout: 120_000 },
  );
}

async function tandemOf(ctx: ServiceCtx, id: string) {
  const tandem = await ctx.db.tandem.findUnique({ where: { id } });
  if (!tandem) throw notFound("id");
  return tandem;
}

/** One status change, conditional on the status it was read in. */
async function transition(
  ctx: ServiceCtx,
  tx: ScopedTx,
  tandem: { id: string; status: TandemStatus },
  to: TandemStatus,
  data: Prisma.TandemUncheckedUpdateManyInput,
  reason: string | null,
  action: string,
) {
  const viewer = signedIn(ctx);
  const { count } = await tx.tandem.updateMany({ where: { id: tandem.id, status: tandem.status }, data: { ...data, status: to } });
  if (count !== 1) throw new DomainError("CONFLICT", "conflict.changedMeanwhile", "id");
  await event(tx, tandem.id, viewer.userId, tandem.status, to, reason, nowOf(ctx));
  await audit(tx, viewer.userId, action, { type: "Tandem", id: tandem.id }, { from: tandem.status, to, ...(reason ? { reason } : {}) });
}

const reasonText = (reason: string | null | undefined, required: boolean, field = "reason") => {
  const text = reason?.trim() ?? "";
  if (required && !text) throw new DomainError("VALIDATION", "volunteer.reasonRequired", field);
  if (text.length > TANDEM.reasonMax) throw new DomainError("VALIDATION", "validation.tooLong", field);
  return text || null;
};

/** The volunteer accepts (ACTIVE: the family is MATCHED) or declines with a reason (the proposing coordinator is emailed). */
export async function respondToMatch(ctx: ServiceCtx, input: { id: string; accept: boolean; reason?: string | null }) {
  const viewer = signedIn(ctx);
  const tandem = await tandemOf(ctx, input.id);
  assertCanRespond(viewer, tandem);
  if (tandem.status !== "PROPOSED") throw new DomainError("CONFLICT", "matching.notProposed", "id");
  const reason = reasonText(input.reason, !input.accept);
  const now = nowOf(ctx);
  return withTandemRules(() =>
    ctx.db.$transaction(async (tx) => {
      if (input.accept) {
        await transition(ctx, tx, tandem, "ACTIVE", { respondedAt: now, activatedAt: now }, null, "tandem.accepted");
        await tx.family.updateMany({ where: { id: tandem.familyId, status: "WAITING" }, data: { status: "MATCHED" } });
      } else {
        await transition(ctx, tx, tandem, "DECLINED", { respondedAt: now, declineReason: reason }, reason, "tandem.declined");
        await mailDecline(ctx, tx, tandem, reason!);
      }
      return tx.tandem.findUniqueOrThrow({ where: { id: tandem.id } });
    }),
  );
}

async function mailDecline(ctx: ServiceCtx, tx: ScopedTx, tandem: { id: string; familyId: string; volunteerId: string; proposedById: string }, reason: string) {
  const [coordinator, volunteer, family] = await Promise.all([
    tx.membership.findFirst({ where: { userId: tandem.proposedById, active: true }, select: { user: { select: { name: true, email: true, locale: true } } } }),
    tx.volunteerProfile.findUniqueOrThrow({ where: { id: tandem.volunteerId }, select: { user: { select: { name: true } } } }),
    tx.family.findUniqueOrThrow({ where: { id: tandem.familyId }, select: { addressedAs: true } }),
  ]);
  // A proposer who has left the organisation gets nothing; the tandem list shows the decline.
  if (!coordinator) return;
  const mail = declineMail(coordinator.user.locale, {
    name: coordinator.user.name,
    volunteer: volunteer.user.name,
    family: family.addressedAs,
    reason,
    // The web's pages name records by their GraphQL id.
    link: `${ctx.config.PUBLIC_URL}${PATHS.families}/${encodeURIComponent(encodeGlobalID("Family", tandem.familyId))}`,
  });
  await enqueueMail(tx, { to: coordinator.user.email, ...mail, organizationId: signedIn(ctx).organizationId });
}

export async function pauseMatch(ctx: ServiceCtx, input: { id: string; reason?: string | null }) {
  const viewer = signedIn(ctx);
  const tandem = await tandemOf(ctx, input.id);
  assertCanChange(viewer, tandem);
  if (tandem.status !== "ACTIVE") throw new DomainError("CONFLICT", "matching.notActive", "id");
  const reason = reasonText(input.reason, false);
  return ctx.db.$transaction(async (tx) => {
    await transition(ctx, tx, tandem, "PAUSED", {}, reason, "tandem.paused");
    return tx.tandem.findUniqueOrThrow({ where: { id: tandem.id } });
  });
}

export async function resumeMatch(ctx: ServiceCtx, input: { id: string }) {
  const viewer = signedIn(ctx);
  const tandem = await tandemOf(ctx, input.id);
  assertCanChange(viewer, tandem);
  if (tandem.status !== "PAUSED") throw new DomainError("CONFLICT", "matching.notPaused", "id");
  return withTandemRules(() =>
    ctx.db.$transaction(async (tx) => {
      await transition(ctx, tx, tandem, "ACTIVE", {}, null, "tandem.resumed");
      return tx.tandem.findUniqueOrThrow({ where: { id: tandem.id } });
    }),
  );
}

/**
 * Ends a tandem with a reason (a coordinator also withdraws a proposal this
 * way). The family waits again (from today) when it has no other active tandem.
 */
export async function endMatch(ctx: ServiceCtx, input: { id: string; reason: TandemEndReason; note?: string | null }) {
  const viewer = signedIn(ctx);
  const tandem = await tandemOf(ctx, input.id);
  assertCanChange(viewer, tandem);
  if (!(TANDEM_END_REASONS as readonly string[]).includes(input.reason)) throw new DomainError("VALIDATION", "validation.failed", "reason");
  if (tandem.status === "ENDED" || tandem.status === "DECLINED") throw new DomainError("CONFLICT", "matching.alreadyEnded", "id");
  if (tandem.status === "PROPOSED" && !isCoordinator(viewer)) throw new DomainError("CONFLICT", "matching.notActive", "id");
  const note = reasonText(input.note, input.reason === "OTHER", "note");
  const now = nowOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await transition(ctx, tx, tandem, "ENDED", { endedAt: now, endReason: input.reason, endNote: note }, note ? `${input.reason}: ${note}` : input.reason, "tandem.ended");
    const stillActive = await tx.tandem.count({ where: { familyId: tandem.familyId, status: { in: ["ACTIVE", "PAUSED"] } } });
    if (stillActive === 0) {
      await tx.family.updateMany({ where: { id: tandem.familyId, status: "MATCHED" }, data: { status: "WAITING", waitingSince: parseIsoDate(berlinToday(now)) } });
    }
    return tx.tandem.findUniqueOrThrow({ where: { id: tandem.id } });
  });
}

export interface ContactInput {
  tandemId: string;
  date: string;
  kind: ContactKind;
  minutes?: number | null;
  note?: string | null;
}

/** A contact of an ACTIVE or PAUSED tandem, by its volunteer or a coordinator; keeps the tandem's last contact day. */
export async function logContact(ctx: ServiceCtx, input: ContactInput) {
  const viewer = signedIn(ctx);
  const tandem = await ctx.db.tandem.findUnique({ where: { id: input.tandemId } });
  if (!tandem) throw notFound("tandemId");
  assertCanChange(viewer, tandem, "tandemId");
  if (tandem.status !== "ACTIVE" && tandem.status !== "PAUSED") throw new DomainError("CONFLICT", "matching.notActive", "tandemId");
  if (!isIsoDate(input.date)) throw new DomainError("VALIDATION", "date.invalid", "date");
  if (input.date > berlinToday(ctx.now)) throw new DomainError("VALIDATION", "date.inFuture", "date");
  if (tandem.activatedAt && input.date < berlinToday(tandem.activatedAt)) throw new DomainError("VALIDATION", "matching.contactBeforeStart", "date");
  if (!(CONTACT_KINDS as readonly string[]).includes(input.kind)) throw new DomainError("VALIDATION", "validation.failed", "kind");
  if (input.minutes != null && (!Number.isInteger(input.minutes) || input.minutes < TANDEM.contactMinutes.min || input.minutes > TANDEM.contactMinutes.max)) {
    throw new DomainError("VALIDATION", "hours.minutesRange", "minutes");
  }
  const note = input.note?.trim() || null;
  if (note && note.length > TANDEM.contactNoteMax) throw new DomainError("VALIDATION", "validation.tooLong", "note");
  const date = parseIsoDate(input.date);
  return ctx.db.$transaction(async (tx) => {
    const contact = await tx.tandemContact.create({
      data: { tandemId: tandem.id, date, kind: input.kind, minutes: input.minutes ?? null, note, recordedById: viewer.userId },
    });
    // Only forward: an older contact logged late leaves a newer last contact as it is.
    await tx.tandem.updateMany({ where: { id: tandem.id, OR: [{ lastContactOn: null }, { lastContactOn: { lt: date } }] }, data: { lastContactOn: date } });
    await audit(tx, viewer.userId, "tandem.contactLogged", { type: "Tandem", id: tandem.id }, { contactId: contact.id, date: input.date, kind: input.kind });
    return contact;
  });
}

export const isHardRule = (rule: string): rule is HardRule => (HARD_RULES as readonly string[]).includes(rule);
export { OPEN as OPEN_TANDEM_STATUSES };
