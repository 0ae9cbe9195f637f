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
import { getDatamodel } from "../generated/pothos-types.ts";
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type PothosOutputFieldType, type SchemaTypes } from "@pothos/core";
import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo } from "graphql";

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
export function compileSelectCheck(select: unknown, columns?: ReadonlySet<string>): Check | null {
  if (typeof select !== "object" || select === null || Array.isArray(select)) return null;
  const checks: Check[] = [];
  for (const [key, wanted] of Object.entries(select as Row)) {
    if (wanted === false || wanted === undefined) continue;
    if (key === "_count") return null;
    if (wanted === true && columns?.has(key)) {
      // A column of the model (a Json column's value is an object too).
      checks.push((row) => row[key] !== undefined);
      continue;
    }
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

/** Per model, its columns (scalar and enum fields, Json ones among them). */
const columnsByModel = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [
    name,
    new Set(model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum").map((f) => f.name)) as ReadonlySet<string>,
  ]),
);

/** The check for a field this shortcut applies to, else null; `model` is the parent type's Prisma model. */
function checkFor(fieldConfig: PothosOutputFieldConfig<SchemaTypes>, model: string | undefined): Check | null {
  const extensions = (fieldConfig.extensions ?? {}) as Row;
  if (fieldConfig.kind !== "PrismaObject" || !extensions.pothosPrismaSelect) return null;
  // Relations and fields with a fallback query are the plugin's own business.
  if (extensions.pothosPrismaLoaded || extensions.pothosPrismaFallback) return null;
  if (!isLeaf(fieldConfig.type)) return null;
  return compileSelectCheck(extensions.pothosPrismaSelect, model === undefined ? undefined : columnsByModel.get(model));
}

// The same for a to-one relation (`t.relation`) whose row its parent already
// holds: the plugin looks up the plan for every row here too (the hour review
// list's activity and volunteer of each entry were most of its cost beyond the
// scalars), and records the row's plan for the fields beneath. Those fields
// need it only when they go through the plugin themselves. So the relation
// goes straight to its own resolver when every field asked of it needs no plan:
// `__typename`, a field of no Prisma object, a field without a select of its own
// when the row holds what its type loads (needOf), or a scalar field whose
// columns the related row holds (it then takes the shortcut above). Anything
// else asked of it (a relation, a count, a fragment, a directive, a column the
// row lacks) leaves the relation to the plugin, as before.

/** What a field needs of the Prisma plugin's plan, by `Type.field`, recorded while the schema is built. */
type Need = "none" | Check | "plan";
const needs = new Map<string, Need>();

/**
 * A field of a Prisma object without a select of its own reads the row as its type loads it: in
 * select mode what the type's select names, in include mode (no type-level select) every column.
 * A row its parent holds may be partial (another plan's `select`), so such a field needs that much.
 */
function needOf(fieldConfig: PothosOutputFieldConfig<SchemaTypes>, type: PrismaType): Need {
  const extensions = (fieldConfig.extensions ?? {}) as Row;
  if (fieldConfig.kind !== "PrismaObject") return "none";
  if (!extensions.pothosPrismaSelect) return type.rowCheck ?? "plan";
  return checkFor(fieldConfig, type.model) ?? "plan";
}

export interface PrismaType {
  model: string | undefined;
  /** What a row of the type holds whatever is asked of it (see needOf), or null when that cannot be judged. */
  rowCheck: Check | null;
}

export function prismaTypeOf(extensions: Row | undefined): PrismaType {
  const model = extensions?.pothosPrismaModel as string | undefined;
  const columns = model === undefined ? undefined : columnsByModel.get(model);
  if (extensions?.pothosPrismaSelect) return { model, rowCheck: compileSelectCheck(extensions.pothosPrismaSelect, columns) };
  if (!columns) return { model, rowCheck: null };
  const all = [...columns];
  return { model, rowCheck: (row) => all.every((column) => row[column] !== undefined) };
}

/** Per selection (the field nodes of one relation field, shared by every row of a list): the checks, or null when one field needs a plan. */
const selectionChecks = new WeakMap<readonly FieldNode[], Check[] | null>();

function checksFor(info: GraphQLResolveInfo): Check[] | null {
  let checks = selectionChecks.get(info.fieldNodes);
  if (checks !== undefined) return checks;
  checks = [];
  const type = getNamedType(info.returnType);
  for (const node of info.fieldNodes) {
    if (!isObjectType(type) || node.directives?.length || !node.selectionSet) {
      checks = null;
      break;
    }
    for (const selection of node.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || selection.directives?.length) {
        checks = null;
        break;
      }
      if (selection.name.value === "__typename") continue;
      const need = needs.get(`${type.name}.${selection.name.value}`);
      if (need === undefined || need === "plan") {
        checks = null;
        break;
      }
      if (need !== "none") checks.push(need);
    }
    if (!checks) break;
  }
  selectionChecks.set(info.fieldNodes, checks);
  return checks;
}

/** For a to-one relation read by `t.relation`: whether its row (held by the parent) answers everything asked of it. */
function relationInHand(fieldConfig: PothosOutputFieldConfig<SchemaTypes>): ((parent: Row, info: GraphQLResolveInfo) => boolean) | null {
  const extensions = (fieldConfig.extensions ?? {}) as Row;
  const relation = extensions.pothosPrismaRelationField as { name: string; isList: boolean } | undefined;
  if (fieldConfig.kind !== "PrismaObject" || !relation || relation.isList || extensions.pothosPrismaFallback) return null;
  const name = relation.name;
  return (parent, info) => {
    const value = parent[name];
    if (value === null) return true;
    if (typeof value !== "object" || value === undefined || Array.isArray(value) || value instanceof Date) return false;
    const checks = checksFor(info);
    if (!checks) return false;
    for (const check of checks) if (!check(value as Row)) return false;
    return true;
  };
}

/** Per type name, its Prisma model (if any) and what its rows hold (worked out once per type). */
const prismaTypes = new Map<string, PrismaType>();
function typeOf<Types extends SchemaTypes>(plugin: BasePlugin<Types>, fieldConfig: PothosOutputFieldConfig<Types>): PrismaType {
  let type = prismaTypes.get(fieldConfig.parentType);
  if (!type) prismaTypes.set(fieldConfig.parentType, (type = prismaTypeOf(plugin.buildCache.getTypeConfig(fieldConfig.parentType).extensions as Row | undefined)));
  return type;
}

export class ColumnsInHandResolverPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver, fieldConfig: PothosOutputFieldConfig<Types>): Resolver {
    innerResolvers.set(fieldConfig, resolver);
    needs.set(`${fieldConfig.parentType}.${fieldConfig.name}`, needOf(fieldConfig as unknown as PothosOutputFieldConfig<SchemaTypes>, typeOf(this, fieldConfig)));
    return resolver;
  }
}

export class ColumnsInHandPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver, fieldConfig: PothosOutputFieldConfig<Types>): Resolver {
    const inner = innerResolvers.get(fieldConfig);
    if (!inner || inner === resolver) return resolver;
    const config = fieldConfig as unknown as PothosOutputFieldConfig<SchemaTypes>;
    const check = checkFor(config, typeOf(this, fieldConfig).model);
    if (check) {
      return (parent, args, context, info) =>
        typeof parent === "object" && parent !== null && check(parent as Row) ? inner(parent, args, context, info) : resolver(parent, args, context, info);
    }
    const inHand = relationInHand(config);
    if (inHand) {
      return (parent, args, context, info) =>
        typeof parent === "object" && parent !== null && inHand(parent as Row, info) ? inner(parent, args, context, info) : resolver(parent, args, context, info);
    }
    return resolver;
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
