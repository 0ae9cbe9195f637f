// A counsellor is named in the API by their User global ID (their membership
// in the organisation, as in `users`); the rows keep the person's user id.
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";

export async function counsellorUserId(ctx: Context, membershipId: string, field = "counsellorId"): Promise<string> {
  const m = await ctx.db.membership.findUnique({ where: { id: membershipId }, select: { userId: true } });
  if (!m) throw new DomainError("VALIDATION", "appointments.notACounsellor", field);
  return m.userId;
}
