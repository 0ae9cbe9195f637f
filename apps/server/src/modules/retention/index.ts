// Retention jobs (issue 14): every module's retention tasks (module.ts:
// `retention`) run by one recurring job, with a report per run and
// organisation for the admins, and the retention periods they set.
import { defineModule } from "../module.ts";
import { noPersonalData } from "../privacy.ts";
import * as mutations from "./mutations.ts";
import * as queries from "./queries.ts";
import * as types from "./types.ts";

export const retentionModule = defineModule({
  name: "retention",
  graphql: [types, queries, mutations],
  privacy: [noPersonalData("RetentionRun", "counts of what a retention run deleted, anonymised, flagged or pruned")],
});

// The public face: the runner the module list builds the job with (modules/index.ts), and tests run directly.
export { retentionJob, runRetention, RETENTION_JOB_NAME } from "./runner.ts";
