// Typed documents for the web app and the API tests, generated from the
// printed schema. `persistedDocuments` also writes the manifest the server
// trusts in production (only operations the web app ships may run there).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "./schema.graphql",
  documents: [
    "../../apps/web/src/**/*.ts",
    "../../apps/server/src/**/*.test.ts",
    "../../tests/**/*.ts",
    "!../../**/generated/**",
  ],
  ignoreNoDocuments: true,
  generates: {
    "./src/generated/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: "sha256" },
      },
      config: {
        scalars: { DateTime: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
