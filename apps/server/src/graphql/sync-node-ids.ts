// A node's `id` answered in the same turn. The Relay plugin's `globalID`
// field resolver is an async function, so every row of a list with an `id`
// (and every related node of it: an hour entry's activity and volunteer) was a
// promise: the executor then completes each such object as a promise, and
// scope-auth settles each field through another. In the hour review list
// these were three promises per row. Here the `id` of a node type resolves
// synchronously whenever the type's own id resolver does (the Prisma nodes
// read a column of the row), with the same encoding; an id resolver that
// returns a promise keeps the plugin's resolver.
import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { GraphQLFieldResolver } from "graphql";

type Resolver = GraphQLFieldResolver<unknown, object>;
type IdResolver = (parent: unknown, args: object, context: object, info: unknown) => unknown;

export class SyncNodeIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver, fieldConfig: PothosOutputFieldConfig<Types>): Resolver {
    const idFieldName = this.builder.options.relay?.idFieldName ?? "id";
    if (fieldConfig.name !== idFieldName || fieldConfig.type.kind !== "Scalar") return resolver;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    // A node type (the Relay plugin marks it, with its id parser or undefined) with an id resolver of its own.
    if (typeConfig.kind !== "Object" || !("pothosParseGlobalID" in (typeConfig.extensions ?? {}))) return resolver;
    const idResolve = (typeConfig.pothosOptions as { id?: { resolve?: IdResolver } }).id?.resolve;
    if (typeof idResolve !== "function") return resolver;
    const typeName = typeConfig.name;
    const encode = this.builder.options.relay?.encodeGlobalID;
    return (parent, args, context, info) => {
      const id = idResolve(parent, args, context, info);
      if (isThenable(id)) return resolver(parent, args, context, info);
      return encode ? encode(typeName, String(id), context as Types["Context"]) : encodeGlobalID(typeName, String(id));
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      syncNodeIds: SyncNodeIdsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("syncNodeIds", SyncNodeIdsPlugin);
