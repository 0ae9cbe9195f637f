// What every service receives, whoever calls it: a GraphQL resolver, a plain
// HTTP route or a job. Services never see the GraphQL context (cookies,
// switchViewer, yoga's request) so a rule written once serves every entry point.
import type { Config } from "../config.ts";
import type { Context } from "../context.ts";
import { NO_ORGANIZATION, scopedClientFor, type ScopedDb } from "../db/tenancy.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { DomainError } from "../errors.ts";
import type { ApiLocale } from "../i18n/messages.ts";
import type { Logger } from "../logger.ts";
import type { Viewer } from "./identity/sessions.ts";

export interface ServiceCtx {
  /** Every organisation-owned read and write goes through this client (scoped to the viewer's organisation). */
  readonly db: ScopedDb;
  /** The unscoped system client: only for identity rules that span organisations (users, sessions, sign-up). */
  readonly prisma: PrismaClient;
  /** The caller; null for anonymous requests (sign-in, sign-up, public links). */
  readonly viewer: Viewer | null;
  readonly config: Config;
  readonly logger: Logger;
  /** The language answers and mails are written in. */
  readonly locale: ApiLocale;
  /** The clock the rules use; tests pin it, everyone else gets the time of the call. */
  readonly now?: Date;
}

/** The platform pieces a ServiceCtx is built from (what createApp receives). */
export interface ServiceDeps {
  config: Config;
  logger: Logger;
  prisma: PrismaClient;
}

/** The one way to build a ServiceCtx: the viewer decides the scoped client. */
export function buildServiceCtx(deps: ServiceDeps, viewer: Viewer | null, locale: ApiLocale): ServiceCtx {
  return {
    db: scopedClientFor(deps.prisma, viewer?.organizationId ?? NO_ORGANIZATION),
    prisma: deps.prisma,
    viewer,
    config: deps.config,
    logger: deps.logger,
    locale,
  };
}

// One ServiceCtx per request and caller: per-request caches (perRequest) are keyed
// by it, and sign-in or an organisation switch mid-request must start afresh.
const fromGraphql = new WeakMap<Context, ServiceCtx>();

/** The ServiceCtx of a GraphQL request, built as for a plain route (same client, same viewer). */
export function serviceCtx(ctx: Context): ServiceCtx {
  const known = fromGraphql.get(ctx);
  if (known && known.viewer === ctx.viewer && known.locale === ctx.locale) return known;
  const built = buildServiceCtx(ctx, ctx.viewer, ctx.locale);
  fromGraphql.set(ctx, built);
  return built;
}

/** The viewer of a service that only signed-in callers reach (the resolver or route checked it already). */
export function signedIn(ctx: ServiceCtx): Viewer {
  if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED", "error.unauthenticated");
  return ctx.viewer;
}

/** The now of a call: the pinned clock or the current time. */
export const nowOf = (ctx: { now?: Date }) => ctx.now ?? new Date();

/**
 * What a job receives: no viewer and no organisation. A job works across
 * organisations with the system client and scopes itself per organisation
 * (scopedClientFor) before it touches one organisation's rows.
 */
export interface JobCtx {
  readonly prisma: PrismaClient;
  readonly logger: Logger;
  readonly now: Date;
}
