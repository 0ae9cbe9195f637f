// A person's notifications: their own rows in the current organisation, newest
// first; marking read touches only their own unread ones.
import type { Prisma } from "../../generated/prisma/client.ts";
import { countInOrganization } from "../organization-row.ts";
import { ownNotifications } from "./access.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";

/** The signed-in person's notifications (the scoped client adds the organisation). */
export function inboxWhere(ctx: ServiceCtx, extra: Prisma.NotificationWhereInput = {}): Prisma.NotificationWhereInput {
  return { ...ownNotifications(signedIn(ctx)), ...extra };
}

export const INBOX_ORDER: Prisma.NotificationOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

export function unreadCount(ctx: ServiceCtx): Promise<number> {
  // With the work queue's counts of the same request: one statement (organization-row.ts).
  return countInOrganization(ctx, "notifications", inboxWhere(ctx, { readAt: null }));
}

/** Marks the given notifications (or all) read; returns how many unread remain. */
export async function markRead(ctx: ServiceCtx, input: { ids?: readonly string[] | null; all?: boolean | null }): Promise<number> {
  const ids = input.all ? null : [...new Set(input.ids ?? [])];
  if (ids === null || ids.length > 0) {
    await ctx.db.notification.updateMany({
      where: inboxWhere(ctx, { readAt: null, ...(ids ? { id: { in: ids } } : {}) }),
      data: { readAt: nowOf(ctx) },
    });
  }
  return unreadCount(ctx);
}
