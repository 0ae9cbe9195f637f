// Writing notifications: called by the services of every area in the
// transaction of the change that causes them (a volunteer logs hours, a
// donation waits for acceptance, a place is offered), so a notification exists
// exactly when its cause committed. What a notification points at is a work
// queue entry of the area (module.ts, WorkQueueWork): the same key and link as
// the count on the start page, so the bell and the start page never disagree
// on what the work is or where it is done.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { WorkQueueWork } from "../module.ts";

/** Values the web words the message with (numbers, dates as ISO strings, titles); never a person's name. */
export type NotificationParams = Record<string, string | number>;

export interface NotificationRow {
  organizationId: string;
  userId: string;
  kind: string;
  params: Prisma.InputJsonValue;
  href: string;
}

/**
 * The part of a transaction client notify needs: the scoped client of a
 * service (which sets the organisation itself) or the system client of a job.
 */
export interface NotifyDb {
  notification: { createMany(args: { data: NotificationRow[] }): Promise<unknown> };
  membership: {
    findMany(args: { where: Prisma.MembershipWhereInput; select: { userId: true } }): Promise<{ userId: string }[]>;
  };
}

export interface Notice {
  organizationId: string;
  /** The work-queue entry this adds to: kind, link and (for `to: "role"`) who does it. */
  work: WorkQueueWork;
  /** Everyone in the organisation with the entry's role, or these users. */
  to: "role" | readonly string[];
  params?: NotificationParams;
  /** Whoever caused it is not told about their own action. */
  actorUserId?: string | null;
  /** The link, when it names one row of the work's list (defaults to the list). */
  href?: string;
}

/** Writes one notification per recipient; returns how many. */
export async function notify(tx: NotifyDb, notice: Notice): Promise<number> {
  const userIds =
    notice.to === "role"
      ? (
          await tx.membership.findMany({
            where: { organizationId: notice.organizationId, active: true, acceptedAt: { not: null }, roles: { some: { role: notice.work.role } } },
            select: { userId: true },
          })
        ).map((m) => m.userId)
      : [...new Set(notice.to)];
  const recipients = userIds.filter((id) => id !== notice.actorUserId);
  if (recipients.length === 0) return 0;
  await tx.notification.createMany({
    data: recipients.map((userId) => ({
      organizationId: notice.organizationId,
      userId,
      kind: notice.work.key,
      params: notice.params ?? {},
      href: notice.href ?? notice.work.href,
    })),
  });
  return recipients.length;
}
