// Each graphql() call of the web app becomes its generated document, a module of its own
// (vite/graphql-documents.js), so a page ships only the documents it uses.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentExportName, generatedDocuments, graphqlDocuments } from "../../../vite/graphql-documents.js";

const dir = import.meta.dirname;

describe("graphql() documents in the build", () => {
  it("name the generated document of every operation and fragment the web app defines", () => {
    const generated = generatedDocuments();
    const plugin = graphqlDocuments();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    let calls = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const code = readFileSync(path.join(dir, file), "utf8");
      const sources = [...code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => m[1]!);
      calls += sources.length;
      for (const source of sources) expect(generated.has(documentExportName(source)), source).toBe(true);
      const out = transform.call({}, code, path.join(dir, file));
      if (sources.length > 0) {
        expect(out?.code, file).not.toMatch(/\bgraphql\(/);
        expect(out?.code, file).not.toContain('from "@lotse/schema";');
      }
    }
    expect(calls).toBeGreaterThan(20);
    expect(JSON.parse(generated.get("MeDocument")!).__meta__.hash).toMatch(/^sha256:/);
  });
});
