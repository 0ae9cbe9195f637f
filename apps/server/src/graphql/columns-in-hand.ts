// A field of a select-mode Prisma object (VolunteerProfile, HourLog, User, …)
// that answers with a scalar or enum from columns its row already holds needs
// nothing of the Prisma plugin. The plugin still wraps it: for every row it
// looks up the plan that loaded the row (a walk up the response path, building
// path strings), so that a row loaded without the column can be read again.
// In a list that lookup runs for every such field of every row and was the
// largest part of the plugin's cost (bench/profile-api.ts). Here such a field
// goes straight to its own resolver when the row holds every column its select
// names, and through the plugin otherwise (a row from another plan, a column
// not loaded: read again as before). The scope-auth plugin stays outside both
// paths, so every access rule still runs.
//
// Two plugins, as Pothos composes wrappers from the list of plugins (the first
// outermost): `columnsInHandResolver`, after the Prisma plugin, keeps the
// field's resolver as it reaches the Prisma plugin; `columnsInHand`, before the
// Prisma plugin, picks between that resolver and the plugin's wrapper.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type PothosOutputFieldType, type SchemaTypes } from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";

type Resolver = GraphQLFieldResolver<unknown, object>;
type Row = Record<string, unknown>;
type Check = (row: Row) => boolean;

/** The resolver beneath the Prisma plugin's wrapper, per field config. */
const innerResolvers = new WeakMap<object, Resolver>();

function isLeaf(type: PothosOutputFieldType<SchemaTypes>): boolean {
  if (type.kind === "List") return isLeaf(type.type);
  return type.kind === "Scalar" || type.kind === "Enum";
}

/**
 * A check that a row holds everything `select` (a Prisma select: columns as
 * `true`, a to-one relation as `{ select }`) reads, or null for a select this
 * cannot judge (a count, filters, ordering or paging on a relation, a select
 * built per request). A to-many relation or a count in a row may have been
 * read with another plan's filter, so a row holding one is never taken as the
 * answer (the check fails and the plugin decides); a column, or a to-one
 * relation's row, is the same whichever plan read it.
 */
export function compileSelectCheck(select: unknown): Check | null {
  if (typeof select !== "object" || select === null || Array.isArray(select)) return null;
  const checks: Check[] = [];
  for (const [key, wanted] of Object.entries(select as Row)) {
    if (wanted === false || wanted === undefined) continue;
    if (key === "_count") return null;
    if (wanted === true) {
      checks.push((row) => {
        const value = row[key];
        // A relation selected whole (`true`) arrives as objects: not a column.
        return value !== undefined && (value === null || typeof value !== "object" || value instanceof Date);
      });
      continue;
    }
    if (typeof wanted !== "object" || wanted === null) return null;
    const keys = Object.keys(wanted);
    if (keys.length !== 1 || keys[0] !== "select") return null;
    const nested = compileSelectCheck((wanted as Row).select);
    if (!nested) return null;
    checks.push((row) => {
      const value = row[key];
      if (value === null) return true;
      return typeof value === "object" && value !== undefined && !Array.isArray(value) && nested(value as Row);
    });
  }
  return (row) => {
    for (const check of checks) if (!check(row)) return false;
    return true;
  };
}

/** The check for a field this shortcut applies to, else null. */
function checkFor(fieldConfig: PothosOutputFieldConfig<SchemaTypes>): Check | null {
  const extensions = (fieldConfig.extensions ?? {}) as Row;
  if (fieldConfig.kind !== "PrismaObject" || !extensions.pothosPrismaSelect) return null;
  // Relations and fields with a fallback query are the plugin's own business.
  if (extensions.pothosPrismaLoaded || extensions.pothosPrismaFallback) return null;
  if (!isLeaf(fieldConfig.type)) return null;
  return compileSelectCheck(extensions.pothosPrismaSelect);
}

export class ColumnsInHandResolverPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver, fieldConfig: PothosOutputFieldConfig<Types>): Resolver {
    innerResolvers.set(fieldConfig, resolver);
    return resolver;
  }
}

export class ColumnsInHandPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver, fieldConfig: PothosOutputFieldConfig<Types>): Resolver {
    const inner = innerResolvers.get(fieldConfig);
    const check = inner && checkFor(fieldConfig as unknown as PothosOutputFieldConfig<SchemaTypes>);
    if (!inner || !check || inner === resolver) return resolver;
    return (parent, args, context, info) =>
      typeof parent === "object" && parent !== null && check(parent as Row) ? inner(parent, args, context, info) : resolver(parent, args, context, info);
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      columnsInHand: ColumnsInHandPlugin<Types>;
      columnsInHandResolver: ColumnsInHandResolverPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("columnsInHand", ColumnsInHandPlugin);
SchemaBuilder.registerPlugin("columnsInHandResolver", ColumnsInHandResolverPlugin);
