// Integrationslotsen training: courses, cohorts and their sessions, enrolment
// with the automatic waiting list, attendance, certificates and calendars.
import { defineModule } from "../module.ts";
import { expireOffers } from "./enrolment.service.ts";
import { trainingRoutes } from "./http/routes.ts";
import * as mutations from "./mutations.ts";
import { trainingPrivacy } from "./privacy.ts";
import * as queries from "./queries.ts";
import { seedTrainingOffice } from "./demo-office.ts";
import { seedTraining } from "./seed.ts";
import * as types from "./types.ts";
import { trainingWorkQueue } from "./work-queue.service.ts";

export const trainingModule = defineModule({
  name: "training",
  graphql: [types, queries, mutations],
  routes: trainingRoutes,
  jobs: [{ name: "expire waiting-list offers", run: expireOffers }],
  seed: seedTraining,
  seedOffice: seedTrainingOffice,
  workQueue: trainingWorkQueue,
  privacy: trainingPrivacy,
});
