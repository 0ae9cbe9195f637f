// The shared contract between the API and the web app: the typed documents
// generated from schema.graphql (see codegen.ts) and the schema's types.
export * from "./generated/index.ts";
export type * from "./generated/graphql.ts";
