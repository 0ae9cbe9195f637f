// Organisations and their settings.
import { defineModule } from "../module.ts";
import { noPersonalData } from "../privacy.ts";
import * as mutations from "./mutations.ts";
import * as queries from "./queries.ts";
import { seedDemoOrganizations } from "./seed.ts";
import * as types from "./types.ts";
import { organizationsWorkQueue } from "./work-queue.service.ts";

export const organizationsModule = defineModule({
  name: "organizations",
  graphql: [types, queries, mutations],
  seed: seedDemoOrganizations,
  privacy: [
    noPersonalData("Organization", "the organisation's name, address slug and settings"),
    noPersonalData("OrganizationCounter", "running numbers (certificates) per organisation"),
  ],
  workQueue: organizationsWorkQueue,
});

// The public face other modules use: the organisation's settings, parsed with their defaults.
export { readSettings, type OrganizationSettings } from "./settings.ts";
