// Tenancy in one place. Every model with an `organizationId` column is owned by
// one organisation; this client extension adds the caller's organisation to
// every read, write and create on such models, so a resolver or service cannot
// forget it. Raw SQL bypasses it and must not be used on organisation-owned data
// (the composite foreign keys still refuse a reference into another organisation).
import { getDatamodel } from "../generated/pothos-types.ts";
import type { PrismaClient } from "./client.ts";
import { withoutEmptySelect } from "./empty-select.ts";
import type { ScopedDb } from "./scoped-types.ts";

export type { ScopedDb, ScopedTx } from "./scoped-types.ts";

/** Used when nobody is signed in: matches no organisation, so nothing leaks. */
export const NO_ORGANIZATION = "00000000-0000-0000-0000-000000000000";

const models = Object.entries(getDatamodel().datamodel.models);

export const organizationOwnedModels: ReadonlySet<string> = new Set(
  models.filter(([, model]) => model.fields.some((f) => f.name === "organizationId")).map(([name]) => name),
);

/**
 * Per model, the relations whose foreign key it holds (`organization`,
 * `volunteer`, `cohort`, …): create data naming one of them is one of Prisma's
 * checked inputs, which take the organisation as a relation, not a column.
 */
const foreignKeyRelations: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  models.map(([name, model]) => [
    name,
    new Set(model.fields.filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0).map((f) => f.name)),
  ]),
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

/**
 * Create data in the caller's organisation. Callers leave the organisation out
 * (ScopedDb's types have no place for it); whatever is there is replaced.
 */
function withOrganization(model: string, data: Data, organizationId: string): Data {
  const relations = foreignKeyRelations.get(model);
  if (Object.keys(data).some((key) => relations?.has(key))) {
    const { organizationId: _replaced, ...rest } = data;
    return { ...rest, organization: { connect: { id: organizationId } } };
  }
  return { ...data, organizationId };
}

export class TenancyViolation extends Error {}

export function scopeToOrganization(prisma: PrismaClient, organizationId: string): ScopedDb {
  // One extension layer (the empty-select rule applied here, not stacked as a
  // second extension): every layer adds its cost to every query.
  const scoped = prisma.$extends({
    name: "tenancy",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!organizationOwnedModels.has(model)) return query(withoutEmptySelect(args));
          const a = { ...(withoutEmptySelect(args) as Data) };
          if (whereOperations.has(operation)) {
            // AND keeps the caller's own conditions (even one naming another
            // organisation, which then matches nothing) and leaves unique keys
            // at the top level, where findUnique/update/delete need them.
            const where = (a.where as Data | undefined) ?? {};
            const and = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
            a.where = { ...where, AND: [...and, { organizationId }] };
          }
          if (operation === "create") a.data = withOrganization(model, a.data as Data, organizationId);
          if (operation === "upsert") a.create = withOrganization(model, a.create as Data, organizationId);
          if (operation === "createMany" || operation === "createManyAndReturn") {
            const rows = Array.isArray(a.data) ? a.data : [a.data];
            a.data = rows.map((row: Data) => withOrganization(model, row, organizationId));
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
  // The one cast: ScopedDb is this client's own type with organizationId taken
  // out of the create inputs, which is exactly what the extension supplies.
  return scoped as unknown as ScopedDb;
}

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
