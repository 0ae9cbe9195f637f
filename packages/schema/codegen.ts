// Typed documents generated from the printed schema, in two sets:
// - src/generated/: the web app's operations. `persistedDocuments` also writes
//   the manifest the API trusts in production, so only what the web app ships
//   can run there.
// - src/generated-tests/: the operations of the API and browser tests, typed the
//   same way but never trusted in production.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config = {
  scalars: { DateTime: "string" },
  enumsAsTypes: true,
  useTypeImports: true,
};

const codegen: CodegenConfig = {
  schema: "./schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "./src/generated/": {
      // Not the Paraglide output: turbo runs its compile beside this (it rewrites that folder).
      documents: ["../../apps/web/src/**/*.ts", "!../../**/generated/**", "!../../apps/web/src/lib/paraglide/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config,
    },
    "./src/generated-tests/": {
      documents: ["../../apps/server/src/**/*.test.ts", "../../tests/**/*.ts", "!../../**/generated/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
      config,
    },
  },
};

export default codegen;
