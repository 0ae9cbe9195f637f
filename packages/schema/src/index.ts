// The shared contract between the API and the web app: the typed documents
// generated from schema.graphql (see codegen.ts).
export * from "./generated/index.ts";
