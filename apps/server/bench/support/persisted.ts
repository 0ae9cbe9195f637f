// The web app's persisted documents for the benchmarks: a request body exactly
// as the web sends it (operation name, variables and the manifest hash).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const persisted: Record<string, string> = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@lotse/schema/persisted-documents.json"), "utf8"),
);

export function persistedBody(operationName: string, variables: Record<string, unknown> = {}): string {
  const entry = Object.entries(persisted).find(([, doc]) => new RegExp(`\\b(query|mutation) ${operationName}\\s*[({]`).test(doc));
  if (!entry) throw new Error(`no persisted document named ${operationName}`);
  // The manifest key is what the web sends as the hash ("sha256:…").
  return JSON.stringify({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: entry[0] } } });
}
