// The audit log and its chain report as GraphQL types (admins only, access.ts).
import { builder } from "../../graphql/builder.ts";
import { userName } from "../../graphql/user-names.ts";
import { mayReadAuditLog } from "./access.ts";
import type { ChainBreak, ChainReport } from "./chain.service.ts";

export const AuditEntryRef = builder.prismaObject("AuditLog", {
  name: "AuditEntry",
  description: "One change to personal data: who, when, what, which record.",
  authScopes: { may: mayReadAuditLog },
  fields: (t) => ({
    id: t.string({ resolve: (e) => e.id.toString() }),
    at: t.expose("createdAt", { type: "DateTime" }),
    actorUserId: t.exposeString("actorUserId", { nullable: true }),
    actorName: t.string({ nullable: true, resolve: (e, _args, ctx) => userName(ctx, e.actorUserId) }),
    action: t.exposeString("action"),
    entityType: t.exposeString("entityType"),
    entityId: t.exposeString("entityId"),
    changes: t.string({ description: "What changed, as JSON.", resolve: (e) => JSON.stringify(e.changes) }),
    chainSeq: t.string({ nullable: true, description: "The entry's place in the organisation's hash chain; null until sealed (within a minute).", resolve: (e) => e.chainSeq?.toString() ?? null }),
    chainDigest: t.exposeString("hash", { nullable: true, description: "SHA-256 (hex) over the previous entry's digest and this entry; null until sealed." }),
  }),
});

export const AuditChainBreakReasonEnum = builder.enumType("AuditChainBreakReason", {
  values: {
    CHANGED: { description: "The entry's content or hash was changed." },
    LINK_BROKEN: { description: "The entry does not link to the hash of the one before it (an entry replaced)." },
    MISSING: { description: "An entry is missing from the chain." },
    END_MISSING: { description: "Entries at the end of the chain were removed." },
  } as const,
});

const AuditChainBreakRef = builder.objectRef<ChainBreak>("AuditChainBreak").implement({
  authScopes: { may: mayReadAuditLog },
  fields: (t) => ({
    reason: t.field({ type: AuditChainBreakReasonEnum, resolve: (b) => b.reason }),
    seq: t.string({ description: "Where the chain breaks.", resolve: (b) => b.seq.toString() }),
    entryId: t.string({ nullable: true, resolve: (b) => b.entryId?.toString() ?? null }),
    at: t.field({ type: "DateTime", nullable: true, resolve: (b) => b.createdAt }),
  }),
});

export const AuditChainReportRef = builder.objectRef<ChainReport>("AuditChainReport").implement({
  description: "Whether the organisation's audit chain is intact, and where it breaks if not.",
  authScopes: { may: mayReadAuditLog },
  fields: (t) => ({
    intact: t.exposeBoolean("intact"),
    checkedEntries: t.exposeInt("checked"),
    pendingEntries: t.exposeInt("pending", { description: "Entries written but not sealed yet (sealed within a minute)." }),
    lastSeq: t.string({ resolve: (r) => r.lastSeq.toString() }),
    lastDigest: t.exposeString("lastHash", { description: "The last entry's SHA-256 digest (hex). Written down elsewhere, it anchors the chain up to here." }),
    firstBreak: t.field({ type: AuditChainBreakRef, nullable: true, resolve: (r) => r.firstBreak }),
  }),
});
