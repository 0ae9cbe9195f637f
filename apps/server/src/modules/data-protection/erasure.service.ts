// Erasure (Art. 17 GDPR): every module's hook anonymises or deletes its rows
// about the person by its own rule, in one transaction with the audit entry,
// so an erasure is whole or not at all. The plan (a dry run of the same hooks)
// shows the admin what goes, what stays and why before they confirm; the holds
// (a legal retention or open business: a running tandem, an appointment ahead,
// a receipt still owed) refuse the erasure with their reason until they end.
import { DomainError } from "../../errors.ts";
import type { ScopedDb } from "../../db/tenancy.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { audit } from "../audit/index.ts";
import { modules } from "../index.ts";
import type { ErasureCtx, ErasureHold, ErasurePlan } from "../module.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { resolveSubject, type ResolvedSubject } from "./subjects.service.ts";

export interface ErasureStep extends ErasurePlan {
  module: string;
}

export interface ErasurePreview {
  person: ResolvedSubject;
  steps: ErasureStep[];
  holds: ErasureHold[];
}

const personal = () => modules.flatMap((m) => m.privacy.flatMap((p) => (p.personalData ? [{ module: m.name, p }] : [])));

async function holdsOf(ctx: ServiceCtx, resolved: ResolvedSubject): Promise<ErasureHold[]> {
  const holds: ErasureHold[] = [];
  for (const { p } of personal()) if (p.holds) holds.push(...(await p.holds(ctx, resolved.subject)));
  return holds;
}

function refuseIfHeld(holds: ErasureHold[]) {
  if (holds[0]) throw new DomainError("CONFLICT", holds[0].messageKey as MessageKey, "subject", holds[0].params ?? {});
}

/** What erasing the person would do, per model with rows, and what holds it back. */
export async function erasurePlan(ctx: ServiceCtx, ref: string): Promise<ErasurePreview> {
  signedIn(ctx);
  const person = await resolveSubject(ctx, ref);
  const steps: ErasureStep[] = [];
  for (const { module, p } of personal()) {
    const plan = await p.plan(ctx, person.subject);
    if (plan.rows > 0) steps.push({ module, ...plan });
  }
  return { person, steps, holds: await holdsOf(ctx, person) };
}

/**
 * Erases the person a global ID names. `confirmed` must be set (the admin saw
 * the plan); the holds are checked again inside the transaction, after the
 * person's row is locked (a second erasure of the same person waits, then
 * finds nothing left to do).
 */
export async function erasePerson(ctx: ServiceCtx, input: { subject: string; confirmed: boolean }): Promise<ErasureStep[]> {
  const viewer = signedIn(ctx);
  const person = await resolveSubject(ctx, input.subject);
  if (!input.confirmed) throw new DomainError("CONFIRMATION_REQUIRED", "privacy.confirmErasure", "confirmed");
  refuseIfHeld(await holdsOf(ctx, person));
  const now = nowOf(ctx);
  return ctx.db.$transaction(
    async (tx) => {
      // The table is one of four fixed names (subjects.service.ts), never input.
      await tx.$queryRawUnsafe(`SELECT 1 FROM "${person.entity.type}" WHERE "id" = $1::uuid FOR UPDATE`, person.entity.id);
      // Again inside the transaction, every read through it (PGlite serves one transaction at a
      // time, so a read beside it would wait for it). The system client's place is taken by the
      // transaction too, which scopes organisation-owned rows: a look at other organisations'
      // rows (the account's memberships) then sees none, and was made by the check before.
      const inTx: ServiceCtx = { ...ctx, db: tx as unknown as ScopedDb, prisma: tx as unknown as PrismaClient, now };
      refuseIfHeld(await holdsOf(inTx, person));
      const erasure: ErasureCtx = { ...inTx, tx, now, identifying: person.identifying };
      const steps: ErasureStep[] = [];
      for (const { module, p } of personal()) {
        const done = await p.erase(erasure, person.subject);
        if (done.rows > 0) steps.push({ module, ...done });
      }
      // Figures only: the entry must not bring back what was just erased.
      await audit(tx, viewer.userId, "privacy.erased", person.entity, {
        kind: person.subject.kind,
        steps: steps.map((s) => ({ model: s.model, rows: s.rows, action: s.action })),
      });
      return steps;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
