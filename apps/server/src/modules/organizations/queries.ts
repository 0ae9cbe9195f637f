import { builder } from "../../graphql/builder.ts";
import { organizationSettings } from "./settings.service.ts";
import { mayReadSettings } from "./access.ts";
import { OrganizationSettingsRef } from "./types.ts";
import { serviceCtx } from "../service-context.ts";

builder.queryFields((t) => ({
  organizationSettings: t.field({
    type: OrganizationSettingsRef,
    description: "The current organisation's settings (admins; coordinators may read them).",
    authScopes: { may: mayReadSettings },
    resolve: (_root, _args, ctx) => organizationSettings(serviceCtx(ctx)),
  }),
}));
