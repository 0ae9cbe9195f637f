// The outbox: mail is written to a table inside the same transaction as the
// change that causes it, and sent later by this worker, never inside a request.
// Several API instances may poll at once: one statement claims a batch of due
// rows (FOR UPDATE SKIP LOCKED, so no instance waits for another and none takes
// a row another has taken) by moving them out of reach for a lease period.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { MailAttachment, MailTransport } from "./mail-transport.ts";

/** Any client that can create outbox rows: the system client, a scoped one, or a transaction. */
interface Tx {
  outboxMessage: { create(args: { data: Prisma.OutboxMessageUncheckedCreateInput }): PromiseLike<unknown> };
}

export interface MailDraft {
  to: string;
  subject: string;
  text: string;
  organizationId?: string | null;
  /** Files sent with the mail, e.g. a calendar invitation (text/calendar; method=REQUEST). */
  attachments?: MailAttachment[];
}

export async function enqueueMail(tx: Tx, draft: MailDraft): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      toAddress: draft.to,
      subject: draft.subject,
      textBody: draft.text,
      organizationId: draft.organizationId ?? null,
      ...(draft.attachments?.length ? { attachments: draft.attachments as unknown as Prisma.InputJsonValue } : {}),
    },
  });
}

/** Many mails in one statement (a batch of proposals): the same rows enqueueMail writes. */
export async function enqueueMails(tx: { outboxMessage: { createMany(args: { data: Prisma.OutboxMessageCreateManyInput[] }): PromiseLike<unknown> } }, drafts: readonly MailDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  await tx.outboxMessage.createMany({
    data: drafts.map((d) => ({
      toAddress: d.to,
      subject: d.subject,
      textBody: d.text,
      organizationId: d.organizationId ?? null,
      ...(d.attachments?.length ? { attachments: d.attachments as unknown as Prisma.InputJsonValue } : {}),
    })),
  });
}

const MAX_ATTEMPTS = 6;
export const SENT_BODY = "(sent; the text is not kept)";
const LEASE_MS = 5 * 60_000;

export interface OutboxDeps {
  prisma: PrismaClient;
  transport: MailTransport;
  logger: Logger;
  from: string;
}

interface ClaimedMessage {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  attachments: MailAttachment[] | null;
  attempts: number;
  createdAt: Date;
}

/** Takes up to `limit` due messages for this instance: they are due again only when the lease runs out unsent. */
async function claimDue(prisma: PrismaClient, limit: number): Promise<ClaimedMessage[]> {
  const now = new Date();
  const claimed = await prisma.$queryRaw<ClaimedMessage[]>`
    UPDATE "OutboxMessage" SET "availableAt" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage" WHERE "status" = 'PENDING' AND "availableAt" <= ${now}
      ORDER BY "createdAt" LIMIT ${limit}::integer FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toAddress", "subject", "textBody", "attachments", "attempts", "createdAt"`;
  // RETURNING keeps no order: oldest first, as queued.
  return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** Sends what is due; returns how many were sent. */
export async function drainOutbox({ prisma, transport, logger, from }: OutboxDeps, limit = 20): Promise<number> {
  const due = await claimDue(prisma, limit);
  let sent = 0;
  for (const message of due) {
    try {
      await transport.send({ id: message.id, from, to: message.toAddress, subject: message.subject, text: message.textBody, attachments: message.attachments ?? [] });
      // Once delivered, the body (which may hold a single-use link) and the files are not kept: tokens live only as digests.
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, textBody: SENT_BODY, attachments: Prisma.DbNull },
      });
      sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      logger.warn({ err: error, outboxId: message.id, attempts }, failed ? "mail failed for good" : "mail failed, will retry");
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: {
          attempts,
          status: failed ? "FAILED" : "PENDING",
          lastError: String((error as Error).message ?? error).slice(0, 500),
          availableAt: new Date(Date.now() + 2 ** attempts * 10_000),
        },
      });
    }
  }
  return sent;
}

/** Polls the outbox until stopped. */
export function startOutboxWorker(deps: OutboxDeps, pollMs: number): { stop(): Promise<void> } {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (!running) return;
    current = drainOutbox(deps).catch((err) => deps.logger.error({ err }, "outbox poll failed"));
    await current;
    if (running) timer = setTimeout(tick, pollMs);
  };
  let timer = setTimeout(tick, 50);
  return {
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}
