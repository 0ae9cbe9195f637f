// Integrationsmonitor (issue 14): figures across every area by month or year
// and district, as GraphQL (`integrationMonitor`) and CSV per section, with
// small-number protection for what leaves the organisation. It keeps no data
// of its own: it reads the other areas' tables with aggregate statements.
import { defineModule } from "../module.ts";
import { reportRoutes } from "./http/routes.ts";
import * as queries from "./queries.ts";
import * as types from "./types.ts";

export const reportsModule = defineModule({
  name: "reports",
  graphql: [types, queries],
  routes: reportRoutes,
  privacy: [],
});
