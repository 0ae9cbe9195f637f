import { builder } from "../../graphql/builder.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { organizationSettings } from "./settings.service.ts";
import { OrganizationSettingsRef, SETTINGS_READERS } from "./types.ts";

builder.queryFields((t) => ({
  organizationSettings: t.field({
    type: OrganizationSettingsRef,
    description: "The current organisation's settings (admins; coordinators may read them).",
    authScopes: { anyRole: [...SETTINGS_READERS] },
    resolve: (_root, _args, ctx) => organizationSettings(ctx.prisma, viewerOf(ctx)),
  }),
}));
