// Prints the Pothos schema to packages/schema/schema.graphql (sorted, stable),
// which the web app and the API tests generate their typed documents from.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { repoRoot } from "../src/db/migrate/paths.ts";
import { schema } from "../src/graphql/schema.ts";

const target = path.join(repoRoot, "packages/schema/schema.graphql");
writeFileSync(target, printSchema(schema) + "\n");
console.log(`schema written to ${path.relative(process.cwd(), target)}`);
