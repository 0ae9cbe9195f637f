// The Pothos builder. Plugin order matters: scope-auth runs first so nothing
// executes for an unauthorised caller; errors wraps results before prisma
// plans its queries; validation checks arguments with zod; columnsInHand lets
// a scalar field of a row that holds its columns (and a to-one relation whose
// row holds all that is asked of it) skip prisma's per-row plan lookup
// (columns-in-hand.ts), inside scope-auth; syncNodeIds, last, answers a node's
// `id` without the Relay plugin's promise (sync-node-ids.ts).
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import "./columns-in-hand.ts";
import "./sync-node-ids.ts";
import { GraphQLError, isObjectType } from "graphql";
import type { Context } from "../context.ts";
import { translate } from "../i18n/messages.ts";
import { DomainError } from "../errors.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { AccessRule } from "../modules/access-rule.ts";
import type PrismaTypes from "../generated/pothos-types.ts";
import { getDatamodel } from "../generated/pothos-types.ts";

/** The answer to a caller who may not see or do something (or is not signed in). */
export function forbiddenError(ctx: Context): GraphQLError {
  const error = ctx.viewer
    ? new DomainError("FORBIDDEN", "error.forbidden")
    : new DomainError("UNAUTHENTICATED", "error.unauthenticated");
  return new GraphQLError(translate(ctx.locale, error.messageKey), { extensions: { code: error.code } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    public: boolean;
    signedIn: boolean;
    /** A module's access rule (access.ts): the only way a field names who may see or do it. */
    may: AccessRule;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, "columnsInHand", PrismaPlugin, "columnsInHandResolver", RelayPlugin, "syncNodeIds"],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      signedIn: ctx.viewer !== null,
      may: (rule) => rule(ctx.viewer),
    }),
    // Returned as a GraphQL error with a code (not masked), in the caller's language.
    unauthorizedError: (_parent, ctx) => forbiddenError(ctx),
  },
  errors: {
    defaultTypes: [],
    // Input validation failures become typed ValidationError results. They are
    // returned before auth checks run, which is safe: they only describe the
    // caller's own input, never stored data.
    unsafelyHandleInputErrors: true,
  },
  prisma: {
    // Resolvers see the organisation-scoped client, so plugin-planned queries are scoped too.
    client: (ctx) => ctx.db as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    edgeCursorType: "String",
    pageInfoCursorType: "String",
    nodeQueryOptions: {
      authScopes: { signedIn: true },
      // An id the caller cannot see gets one answer, whether it names nothing, a
      // type without nodes, another organisation's row or a row the caller's role
      // may not read: existence must not leak through the difference.
      resolve: async (_root, { id }, ctx, info, resolveNode) => {
        const type = info.schema.getType(id.typename);
        if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Node")) throw forbiddenError(ctx);
        try {
          return await resolveNode(id);
        } catch (error) {
          // The tenancy-scoped lookup finds no row: absent or another organisation's.
          if ((error as { code?: string }).code === "P2025") throw forbiddenError(ctx);
          throw error;
        }
      },
    },
    nodesQueryOptions: false,
    pageInfoTypeOptions: { authScopes: { public: true } },
    nodeTypeOptions: { authScopes: { public: true } },
    // Every id in the database is a UUID; anything else in a global ID is
    // refused here with a code, instead of failing later inside a query.
    decodeGlobalID: (globalID) => {
      const decoded = Buffer.from(globalID, "base64").toString("utf8");
      const at = decoded.indexOf(":");
      const typename = decoded.slice(0, at);
      const id = decoded.slice(at + 1);
      if (at <= 0 || !UUID.test(id)) {
        throw new GraphQLError(`Invalid ID: ${globalID.slice(0, 60)}`, { extensions: { code: "NOT_FOUND" } });
      }
      return { typename, id };
    },
  },
});

builder.queryType({});
builder.mutationType({});

builder.scalarType("DateTime", {
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError("DateTime must be an ISO 8601 string");
    const year = date.getUTCFullYear();
    if (year < 1900 || year > 2999) throw new TypeError("DateTime is out of range");
    return date;
  },
});
