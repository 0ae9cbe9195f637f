// Each graphql() call of the web app becomes its generated document, a module of its own
// (vite/graphql-documents.js), so a page ships only the documents it uses.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { print } from "graphql";
import { browserDocument, documentExportName, generatedDocuments, graphqlDocuments } from "../../../vite/graphql-documents.js";

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

describe("graphql() documents in the browser", () => {
  it("keep an operation's hash, kind and name only; fragments stay whole", () => {
    const generated = generatedDocuments();
    const me = JSON.parse(generated.get("MeDocument")!);
    const browser = JSON.parse(browserDocument(generated.get("MeDocument")!));
    expect(browser.__meta__.hash).toBe(me.__meta__.hash);
    expect(browser.definitions).toHaveLength(1);
    expect(browser.definitions[0]).toMatchObject({ kind: "OperationDefinition", operation: "query", name: { value: "Me" } });
    // urql prints the document for its cache key: one per operation name.
    expect(print(browser).trim()).toBe("query Me");
    const mutation = [...generated.entries()].find(([, json]) => JSON.parse(json).definitions[0].operation === "mutation")!;
    expect(JSON.parse(browserDocument(mutation[1])).definitions[0].operation).toBe("mutation");
    expect(browserDocument(generated.get("PageInfoFieldsFragmentDoc")!)).toBe(generated.get("PageInfoFieldsFragmentDoc"));
    for (const json of generated.values()) expect(browserDocument(json).length).toBeLessThanOrEqual(json.length);
  });
});
