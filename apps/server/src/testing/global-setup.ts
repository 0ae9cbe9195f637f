// vitest globalSetup: builds the template databases once per run (see
// database-template.ts) and hands their location to every test file.
import type { TestProject } from "vitest/node";
import { buildTemplates, type DatabaseTemplates } from "./database-template.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = await buildTemplates(process.env.TEST_DATABASE_URL || undefined);
  project.provide("databaseTemplates", built.templates);
  return () => built.remove();
}
