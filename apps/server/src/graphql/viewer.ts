// Resolvers behind an auth scope know someone is signed in; this gives them the
// viewer typed as present (and fails loudly if a scope was forgotten).
import type { Context } from "../context.ts";
import { DomainError } from "../errors.ts";
import type { Viewer } from "../modules/identity/index.ts";

export function viewerOf(ctx: Pick<Context, "viewer">): Viewer {
  if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED", "error.unauthenticated");
  return ctx.viewer;
}
