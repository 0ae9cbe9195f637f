// The trusted operations: the persisted-documents manifest that codegen writes
// for the web app. In production only these run, unless an operator allows
// arbitrary operations for API integrators (ALLOW_ARBITRARY_OPERATIONS).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export function loadPersistedDocuments(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@lotse/schema/persisted-documents.json");
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
}
