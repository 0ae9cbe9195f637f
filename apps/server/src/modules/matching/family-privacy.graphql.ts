// A family's data protection requests over GraphQL: admins (who handle the
// organisation's data protection requests) export or erase one family.
import { builder } from "../../graphql/builder.ts";
import { mayHandleFamilyPrivacy } from "./access.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { serviceCtx } from "../service-context.ts";
import { eraseFamily, exportFamilyData } from "./family-privacy.service.ts";
import { FamilyRef } from "./types.ts";

builder.queryFields((t) => ({
  familyDataExport: t.string({
    description: "Everything stored about one family, as JSON (right of access).",
    authScopes: { may: mayHandleFamilyPrivacy },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: FamilyRef }) },
    resolve: async (_root, args, ctx) => JSON.stringify(await exportFamilyData(serviceCtx(ctx), args.id.id), null, 2),
  }),
}));

builder.mutationFields((t) => ({
  eraseFamily: t.boolean({
    description: "Anonymises a family without open tandems (names, contact data, notes); the tandems' figures stay.",
    authScopes: { may: mayHandleFamilyPrivacy },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: FamilyRef }) },
    resolve: (_root, args, ctx) => eraseFamily(serviceCtx(ctx), args.id.id),
  }),
}));
