// The types of the organisation-scoped client. The tenancy extension supplies
// `organizationId` on every create of an organisation-owned model, but Prisma
// types an extended client exactly like the base one, so callers had to cast
// their data to `…UncheckedCreateInput` to leave the column out, and a cast
// silences every other required field too. These types describe what the
// extension really accepts: the same client, with `organizationId` (and the
// `organization` relation) taken out of the create inputs of those models, so
// the compiler checks the remaining required fields again.
//
// Built by rewriting Prisma's own TypeMap and handing it to the same type
// Prisma uses for extended clients, so results, selects, includes, fluent
// calls and interactive transactions keep their exact types.
import type * as runtime from "@prisma/client/runtime/client";
import type { Prisma } from "../generated/prisma/client.ts";

type ExtArgs = runtime.Types.Extensions.DefaultArgs;
type BaseTypeMap = Prisma.TypeMap<ExtArgs>;

/** What the extension sets: the column, or the relation for Prisma's checked inputs. */
type Supplied = "organizationId" | "organization";

/** Distributes over Prisma's XOR of checked and unchecked inputs, and over createMany's array form. */
type WithoutOrganization<Data> = Data extends readonly (infer Row)[]
  ? WithoutOrganization<Row>[]
  : Data extends unknown
    ? Omit<Data, Supplied>
    : never;

type Operation<Args, Result> = { args: Args; result: Result };

type ScopedOperations<Ops> = Omit<Ops, "create" | "createMany" | "createManyAndReturn" | "upsert"> & {
  [K in ("create" | "createMany" | "createManyAndReturn") & keyof Ops]: Ops[K] extends Operation<infer A, infer R>
    ? Operation<Omit<A, "data"> & { data: WithoutOrganization<A extends { data: infer D } ? D : never> }, R>
    : never;
} & {
  [K in "upsert" & keyof Ops]: Ops[K] extends Operation<infer A, infer R>
    ? Operation<Omit<A, "create"> & { create: WithoutOrganization<A extends { create: infer D } ? D : never> }, R>
    : never;
};

/** Organisation-owned models are the ones with an `organizationId` column (as tenancy.ts decides at run time). */
type IsOrganizationOwned<Model> = Model extends { payload: { scalars: infer S } } ? ("organizationId" extends keyof S ? true : false) : false;

type ScopedModels<Models> = {
  [M in keyof Models]: IsOrganizationOwned<Models[M]> extends true
    ? Omit<Models[M], "operations"> & { operations: ScopedOperations<Models[M] extends { operations: infer O } ? O : never> }
    : Models[M];
};

type ScopedTypeMap = Omit<BaseTypeMap, "model"> & { model: ScopedModels<BaseTypeMap["model"]> };

/** The client scoped to one organisation (see tenancy.ts). */
export type ScopedDb = runtime.Types.Extensions.DynamicClientExtensionThis<ScopedTypeMap, Prisma.TypeMapCb, ExtArgs>;

/** The client inside `ScopedDb.$transaction(async (tx) => …)`. */
export type ScopedTx = Omit<ScopedDb, runtime.ITXClientDenyList>;
