// Schuleinstiegsberatung and the Sprachmittlerpool: children's records,
// counsellors' availability and free slots, booking without double booking,
// interpreters from the pool, reminders, outcomes, fee statements, calendars.
import { defineModule } from "../module.ts";
import { appointmentRoutes } from "./http/routes.ts";
import { reopenUnanswered } from "./interpreters.service.ts";
import * as mutations from "./mutations.ts";
import { appointmentsPrivacy } from "./privacy.ts";
import * as queries from "./queries.ts";
import { appointmentReminder } from "./reminders.ts";
import { childrenRetention } from "./retention.ts";
import { seedAppointmentsOffice } from "./demo-office.ts";
import * as types from "./types.ts";
import { appointmentsWorkQueue } from "./work-queue.service.ts";

export const appointmentsModule = defineModule({
  name: "appointments",
  graphql: [types, queries, mutations],
  routes: appointmentRoutes,
  jobs: [{ name: "reopen interpreter requests not answered in time", run: reopenUnanswered }, appointmentReminder],
  retention: [childrenRetention],
  seedOffice: seedAppointmentsOffice,
  workQueue: appointmentsWorkQueue,
  privacy: appointmentsPrivacy,
});
