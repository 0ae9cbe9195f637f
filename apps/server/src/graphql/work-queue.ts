// `myWorkQueue`: what needs the signed-in person now, gathered from every
// module's workQueue hook (module.ts) for the start pages and the navigation
// badges. Here, not in a module, because it reads the list of modules.
import { ROLES } from "@lotse/domain/roles";
import { modules } from "../modules/index.ts";
import type { WorkQueueItem } from "../modules/module.ts";
import { serviceCtx } from "../modules/service-context.ts";
import { builder } from "./builder.ts";
import { RoleEnum } from "../modules/identity/index.ts";

const WorkQueueItemRef = builder.objectRef<WorkQueueItem>("WorkQueueItem").implement({
  description: "One count on a role's start page: what it is (key), for which role, how many, and the list it opens.",
  authScopes: { public: true },
  fields: (t) => ({
    key: t.exposeString("key"),
    role: t.field({ type: RoleEnum, resolve: (item) => item.role }),
    count: t.exposeInt("count"),
    href: t.exposeString("href"),
  }),
});

builder.queryFields((t) => ({
  myWorkQueue: t.field({
    type: [WorkQueueItemRef],
    description: "What needs the signed-in person now, per role (counts with links to the filtered lists); empty when signed out.",
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      if (!ctx.viewer) return [];
      const service = serviceCtx(ctx);
      const parts = await Promise.all(modules.map((m) => m.workQueue?.(service) ?? []));
      return parts.flat().sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
    },
  }),
}));
