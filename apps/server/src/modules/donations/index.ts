// Donations: donors, money with formal acceptance and earmarked funds, goods
// with inventory, reservations and hand-over to families, and
// Zuwendungsbestätigungen (single and collective, money and goods) as PDFs.
import { defineModule } from "../module.ts";
import { donationRoutes } from "./http/routes.ts";
import { releaseLapsedReservations } from "./inventory.service.ts";
import * as mutations from "./mutations.ts";
import { donationsPrivacy } from "./privacy.ts";
import * as queries from "./queries.ts";
import { receiptsRetention } from "./retention.ts";
import { seedDonations, seedDonationsOffice } from "./seed.ts";
import * as types from "./types.ts";
import { donationsWorkQueue } from "./work-queue.service.ts";

export const donationsModule = defineModule({
  name: "donations",
  graphql: [types, queries, mutations],
  routes: donationRoutes,
  jobs: [{ name: "release lapsed goods reservations", run: releaseLapsedReservations }],
  retention: [receiptsRetention],
  seed: seedDonations,
  seedOffice: seedDonationsOffice,
  privacy: donationsPrivacy,
  workQueue: donationsWorkQueue,
});

export { acceptedMoneyByFund } from "./reports.service.ts";
