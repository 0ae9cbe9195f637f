// Tenancy in one place. Every model with an `organizationId` column is owned by
// one organisation; this client extension adds the caller's organisation to
// every read, write and create on such models, so a resolver or service cannot
// forget it. Raw SQL bypasses it and must not be used on organisation-owned data.
import { getDatamodel } from "../generated/pothos-types.ts";
import type { PrismaClient } from "./client.ts";

/** Used when nobody is signed in: matches no organisation, so nothing leaks. */
export const NO_ORGANIZATION = "00000000-0000-0000-0000-000000000000";

export const organizationOwnedModels: ReadonlySet<string> = new Set(
  Object.entries(getDatamodel().datamodel.models)
    .filter(([, model]) => model.fields.some((f) => f.name === "organizationId"))
    .map(([name]) => name),
);

const whereOperations = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

type Data = Record<string, unknown>;

const isEmptyObject = (value: unknown) => typeof value === "object" && value !== null && Object.keys(value).length === 0;

function withOrganization(data: Data, organizationId: string): Data {
  // Checked inputs connect relations by object; unchecked ones set the column.
  if ("organization" in data) {
    return { ...data, organization: { connect: { id: organizationId } } };
  }
  return { ...data, organizationId };
}

export class TenancyViolation extends Error {}

export function scopeToOrganization(prisma: PrismaClient, organizationId: string) {
  return prisma.$extends({
    name: "tenancy",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          // A GraphQL selection of only __typename plans `select: {}`, which
          // Prisma refuses; any columns will do for such a caller.
          if (args && typeof args === "object" && "select" in args && isEmptyObject((args as Data).select)) {
            const { select: _empty, ...rest } = args as Data;
            args = rest as typeof args;
          }
          if (!organizationOwnedModels.has(model)) return query(args);
          const a = { ...(args as Data) };
          if (whereOperations.has(operation)) {
            // AND keeps the caller's own conditions (even one naming another
            // organisation, which then matches nothing) and leaves unique keys
            // at the top level, where findUnique/update/delete need them.
            const where = (a.where as Data | undefined) ?? {};
            const and = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
            a.where = { ...where, AND: [...and, { organizationId }] };
          }
          if (operation === "create") a.data = withOrganization(a.data as Data, organizationId);
          if (operation === "upsert") a.create = withOrganization(a.create as Data, organizationId);
          if (operation === "createMany" || operation === "createManyAndReturn") {
            const rows = Array.isArray(a.data) ? a.data : [a.data];
            a.data = rows.map((row: Data) => withOrganization(row, organizationId));
          }
          if ((operation === "update" || operation === "updateMany" || operation === "upsert") && a.data) {
            const data = a.data as Data;
            if ("organizationId" in data || "organization" in data) {
              throw new TenancyViolation("A record cannot be moved to another organisation.");
            }
          }
          return query(a as typeof args);
        },
      },
    },
  });
}

export type ScopedDb = ReturnType<typeof scopeToOrganization>;

/**
 * Scoped clients are stateless apart from the organisation id, and building
 * one per request is measurable; one per organisation and base client is kept.
 */
const scopedClients = new WeakMap<PrismaClient, Map<string, ScopedDb>>();

export function scopedClientFor(prisma: PrismaClient, organizationId: string): ScopedDb {
  let perOrg = scopedClients.get(prisma);
  if (!perOrg) scopedClients.set(prisma, (perOrg = new Map()));
  let db = perOrg.get(organizationId);
  if (!db) perOrg.set(organizationId, (db = scopeToOrganization(prisma, organizationId)));
  return db;
}
