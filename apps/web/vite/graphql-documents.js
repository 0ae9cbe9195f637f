// Replaces each `graphql(\`…\`)` call of the web app with the typed document that codegen
// generated for it (`MeDocument`, `PageInfoFieldsFragmentDoc` in
// @lotse/schema/src/generated/graphql.ts), each as a module of its own. Without it every
// page would ship codegen's map of all documents (`gql.ts`, about 250 kB raw), which no
// bundler can tree-shake; and as exports of the one generated module, the documents any
// page uses would still share one chunk that every page loads. One module per document
// lets each page load only its own. It does what codegen's babel plugin
// (@graphql-codegen/client-preset/babel) does, without adding Babel to the Vite build, and
// splits the documents besides.
//
// In the browser an operation's document is cut down to what urql reads there: the operation
// (kind and name) and codegen's hash. Every operation is sent as a persisted one (the hash,
// lib/graphql/client.ts), so its fields, variables and fragments are never sent nor read
// in the browser; written out they were a fifth of a page with forms. The server keeps the
// whole document.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "graphql";

const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*"@lotse\/schema";?/;
// A template literal without interpolation (`$` of variables allowed, `${` not).
const CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
/** One generated document: `export const MeDocument = {…} as unknown as DocumentNode<…>;` on one line. */
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const PREFIX = "\0lotse-graphql-document:";

/**
 * The name codegen's client preset gives a document: `<Operation>Document`, `<Fragment>FragmentDoc`.
 * @param {string} source
 */
export function documentExportName(source) {
  const definition = parse(source).definitions[0];
  if (definition?.kind === "OperationDefinition" && definition.name) return `${definition.name.value}Document`;
  if (definition?.kind === "FragmentDefinition") return `${definition.name.value}FragmentDoc`;
  throw new Error(`graphql(): a named operation or fragment must come first:\n${source}`);
}

/**
 * The generated documents by name, as JSON text.
 * @returns {Map<string, string>}
 */
export function generatedDocuments() {
  const file = createRequire(import.meta.url).resolve("@lotse/schema/generated/graphql");
  /** @type {Map<string, string>} */
  const documents = new Map();
  for (const [, name, json] of readFileSync(file, "utf8").matchAll(GENERATED)) documents.set(name, json);
  if (documents.size === 0) throw new Error(`${file}: no generated documents found; has codegen's output changed?`);
  return documents;
}

/**
 * The browser's form of a generated document (JSON text): an operation keeps its hash, kind
 * and name, with an empty selection set (urql prints the document for its cache key); a
 * fragment stays as it is. Exported for its test.
 * @param {string} json
 */
export function browserDocument(json) {
  const document = JSON.parse(json);
  const operation = document.definitions.find((/** @type {{ kind: string }} */ d) => d.kind === "OperationDefinition");
  if (!operation) return json;
  if (!document.__meta__?.hash) throw new Error(`${operation.name?.value}: no persisted hash (__meta__.hash) in the generated document`);
  return JSON.stringify({
    __meta__: { hash: document.__meta__.hash },
    kind: "Document",
    definitions: [{ kind: "OperationDefinition", operation: operation.operation, name: operation.name, selectionSet: { kind: "SelectionSet", selections: [] } }],
  });
}

/** @returns {import("vite").Plugin} */
export function graphqlDocuments() {
  /** @type {Map<string, string> | null} */
  let documents = null;
  /** @param {string} name */
  const documentJson = (name) => {
    documents ??= generatedDocuments();
    const json = documents.get(name);
    if (!json) throw new Error(`${name} is not among the generated documents: run \`npm run generate\``);
    return json;
  };
  return {
    name: "lotse:graphql-documents",
    enforce: "pre",
    buildStart() {
      documents = null;
    },
    watchChange(id) {
      // `npm run generate` wrote new documents while the dev server runs.
      if (id.endsWith("generated/graphql.ts")) documents = null;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id, options) {
      if (!id.startsWith(PREFIX)) return null;
      const json = documentJson(id.slice(PREFIX.length));
      const browser = this.environment ? this.environment.config.consumer === "client" : !options?.ssr;
      return `export default ${browser ? browserDocument(json) : json};`;
    },
    transform(code, id) {
      if (!/\.(ts|svelte)$/.test(id.split("?")[0]) || !IMPORT.test(code)) return null;
      /** @type {Set<string>} */
      const names = new Set();
      const replaced = code.replace(CALL, (_call, /** @type {string} */ source) => {
        const name = documentExportName(source);
        documentJson(name);
        names.add(name);
        return `__document_${name}`;
      });
      if (names.size === 0) return null;
      if (/\bgraphql\(/.test(replaced)) throw new Error(`${id}: a graphql() call this plugin cannot replace (interpolation?)`);
      const imports = [...names].map((name) => `import __document_${name} from ${JSON.stringify(PREFIX + name)};`).join("\n");
      return { code: replaced.replace(IMPORT, imports), map: null };
    },
  };
}
