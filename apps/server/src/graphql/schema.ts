// Assembles the schema: each module registers its types and fields on import.
import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.ts";
import "./errors.ts";
import "../modules/identity/types.ts";
import "../modules/identity/queries.ts";
import "../modules/identity/mutations.ts";
import "../modules/volunteers/types.ts";
import "../modules/volunteers/queries.ts";
import "../modules/volunteers/mutations.ts";
import "../modules/training/types.ts";
import "../modules/training/queries.ts";
import "../modules/training/mutations.ts";
import "../modules/organizations/types.ts";
import "../modules/organizations/queries.ts";
import "../modules/organizations/mutations.ts";

export const schema = lexicographicSortSchema(builder.toSchema());
