// Tandems (issue 11): families recorded with consent, suggestions that explain
// themselves, optimal batch proposals, the tandem lifecycle with its contact
// log, and the no-contact alert.
import { defineModule } from "../module.ts";
import { noContactAlertJob } from "./alerts.service.ts";
import { seedMatchingOffice } from "./demo-office.ts";
import * as familyPrivacyFields from "./family-privacy.graphql.ts";
import * as mutations from "./mutations.ts";
import { matchingPrivacy } from "./privacy.ts";
import * as queries from "./queries.ts";
import { closedFamiliesRetention } from "./retention.ts";
import * as types from "./types.ts";
import { matchingWorkQueue } from "./work-queue.service.ts";

export const matchingModule = defineModule({
  name: "matching",
  graphql: [types, queries, mutations, familyPrivacyFields],
  jobs: [noContactAlertJob],
  retention: [closedFamiliesRetention],
  seedOffice: seedMatchingOffice,
  workQueue: matchingWorkQueue,
  privacy: matchingPrivacy,
});
