// Typed documents for the API and browser tests (see codegen.ts). Kept apart
// from the web app's so they never enter the production manifest.
export * from "./generated-tests/index.ts";
