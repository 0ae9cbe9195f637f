import { builder } from "../../graphql/builder.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { mayManageRetention } from "./access.ts";
import { DEFAULT_PERIODS, retentionPeriods } from "./settings.service.ts";
import { RetentionRunRef, RetentionSettingsRef } from "./types.ts";

builder.queryFields((t) => ({
  retentionRuns: t.prismaConnection({
    type: RetentionRunRef,
    cursor: "id",
    description: "What the retention jobs did in the organisation, newest first (admins).",
    authScopes: { may: mayManageRetention },
    resolve: (query, _root, _args, ctx) => ctx.db.retentionRun.findMany({ ...query, orderBy: [{ startedAt: "desc" }, { id: "desc" }] }),
  }),
  retentionSettings: t.field({
    type: RetentionSettingsRef,
    authScopes: { may: mayManageRetention },
    resolve: (_root, _args, ctx) => ({ periods: retentionPeriods(viewerOf(ctx).organization.parsedSettings), defaults: DEFAULT_PERIODS }),
  }),
}));
