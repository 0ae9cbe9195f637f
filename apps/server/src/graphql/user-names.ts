// Names of the staff who decided something (reviewed, inspected): one small
// query per request and user, so a list of 100 entries by two reviewers costs two.
import type { Context } from "../context.ts";
import { perRequest } from "./request-cache.ts";

export function userName(ctx: Context, userId: string | null): Promise<string | null> {
  if (!userId) return Promise.resolve(null);
  return perRequest(ctx, `userName:${userId}`, () =>
    ctx.prisma.user.findUnique({ where: { id: userId }, select: { name: true } }).then((u) => u?.name ?? null),
  );
}
