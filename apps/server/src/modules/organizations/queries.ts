import { builder } from "../../graphql/builder.ts";
import { organizationSettings } from "./settings.service.ts";
import { SETTINGS_READERS } from "./access.ts";
import { OrganizationSettingsRef } from "./types.ts";
import { serviceCtx } from "../service-context.ts";

builder.queryFields((t) => ({
  organizationSettings: t.field({
    type: OrganizationSettingsRef,
    description: "The current organisation's settings (admins; coordinators may read them).",
    authScopes: { anyRole: [...SETTINGS_READERS] },
    resolve: (_root, _args, ctx) => organizationSettings(serviceCtx(ctx)),
  }),
}));
