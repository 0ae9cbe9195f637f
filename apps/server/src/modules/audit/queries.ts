import { ACCOUNT } from "@lotse/domain/bounds";
import { isoDate, text } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { serviceCtx, signedIn } from "../service-context.ts";
import { mayReadAuditLog } from "./access.ts";
import { verifyAuditChain } from "./chain.service.ts";
import { auditLogWhere } from "./log.service.ts";
import { AuditChainReportRef, AuditEntryRef } from "./types.ts";

export const AuditLogFilter = builder.inputType("AuditLogFilter", {
  fields: (t) => ({
    personEmail: t.string({ required: false, description: "Entries made by the person with this email address or about them (account or volunteer profile).", validate: text(ACCOUNT.emailMax) }),
    actorEmail: t.string({ required: false, description: "Entries made by the user with this email address.", validate: text(ACCOUNT.emailMax) }),
    entityType: t.string({ required: false, validate: text(100) }),
    entityId: t.string({ required: false, validate: text(100) }),
    action: t.string({ required: false, validate: text(100) }),
    from: t.string({ required: false, description: "YYYY-MM-DD (Berlin), inclusive", validate: isoDate }),
    to: t.string({ required: false, description: "YYYY-MM-DD (Berlin), inclusive", validate: isoDate }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.prismaConnection({
    type: AuditEntryRef,
    cursor: "id",
    description: "The organisation's audit log, newest first (admins).",
    authScopes: { may: mayReadAuditLog },
    args: { filter: t.arg({ type: AuditLogFilter, required: false }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.auditLog.findMany({ ...query, where: await auditLogWhere(serviceCtx(ctx), args.filter), orderBy: { id: "desc" } }),
    totalCount: async (_c, args, ctx) => ctx.db.auditLog.count({ where: await auditLogWhere(serviceCtx(ctx), args.filter) }),
  }),
  verifyAuditChain: t.field({
    type: AuditChainReportRef,
    description: "Walks the organisation's audit chain and says whether it is intact and where it breaks (admins).",
    authScopes: { may: mayReadAuditLog },
    resolve: (_root, _args, ctx) => verifyAuditChain(ctx.prisma, signedIn(serviceCtx(ctx)).organizationId),
  }),
}));
