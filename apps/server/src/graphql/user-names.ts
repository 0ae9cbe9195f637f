// Names of the staff who decided something (reviewed, inspected), looked up
// once per request and user, so a list of 100 entries by two reviewers costs
// two small queries.
import type { Context } from "../context.ts";

const perRequest = new WeakMap<object, Map<string, Promise<string | null>>>();

export function userName(ctx: Context, userId: string | null): Promise<string | null> {
  if (!userId) return Promise.resolve(null);
  let cache = perRequest.get(ctx);
  if (!cache) perRequest.set(ctx, (cache = new Map()));
  let name = cache.get(userId);
  if (!name) {
    name = ctx.prisma.user.findUnique({ where: { id: userId }, select: { name: true } }).then((u) => u?.name ?? null);
    cache.set(userId, name);
  }
  return name;
}
