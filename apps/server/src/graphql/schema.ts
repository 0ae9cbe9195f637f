// Assembles the schema from the list of modules: each module's GraphQL files
// register their types and fields when imported (module.ts explains why the
// list of files is what pulls them in).
import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.ts";
import "./errors.ts";
import { modules } from "../modules/index.ts";
import "./work-queue.ts";

/** Touching the files keeps the imports (and the registration they do) explicit. */
export const registeredGraphqlFiles = modules.flatMap((m) => m.graphql ?? []).length;

export const schema = lexicographicSortSchema(builder.toSchema());
