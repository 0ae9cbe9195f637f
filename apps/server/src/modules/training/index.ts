// Integrationslotsen training: courses, cohorts and their sessions, enrolment
// with the automatic waiting list, attendance, certificates and calendars.
import { defineModule } from "../module.ts";
import { noPersonalData, ofVolunteer, personalRows } from "../privacy.ts";
import { expireOffers } from "./enrolment.service.ts";
import { trainingRoutes } from "./http/routes.ts";
import * as mutations from "./mutations.ts";
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
  privacy: [
    noPersonalData("Course", "the course's description"),
    noPersonalData("Cohort", "dates, place and places of a course run"),
    noPersonalData("CohortSession", "a session's time, topic and room"),
    personalRows("CohortTrainer", (s) => ({ userId: s.userId })),
    personalRows("Enrolment", ofVolunteer),
    personalRows("Attendance", (s) => ({ enrolment: ofVolunteer(s) })),
    personalRows("Certificate", ofVolunteer, { kept: "issued certificates stay verifiable (numbered per organisation)" }),
    personalRows("Qualification", ofVolunteer),
  ],
});
