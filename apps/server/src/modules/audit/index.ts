// The audit log: who changed which personal data when and how. Written by
// every module through audit() (service.ts), in the change's transaction, and
// sealed into a hash chain per organisation (chain.service.ts) that the admin
// page and `npm run audit:verify` check.
import { defineModule } from "../module.ts";
import { noPersonalData, personalRows } from "../privacy.ts";
import { sealAuditJob } from "./chain.service.ts";
import { auditRoutes } from "./http/routes.ts";
import * as queries from "./queries.ts";
import { auditRetention } from "./retention.ts";
import * as types from "./types.ts";

export const auditModule = defineModule({
  name: "audit",
  graphql: [types, queries],
  routes: auditRoutes,
  jobs: [sealAuditJob],
  retention: [auditRetention],
  privacy: [
    // Entries the person made; entries about them are found through the entity they name.
    personalRows("AuditLog", (s) => ({ actorUserId: s.userId }), {
      // The chain's hashes say nothing about the person (and only an admin's verification reads them).
      omit: ["hash", "prevHash"],
      erase: { keep: "the organisation's record of changes to personal data (accountability, Art. 5(2) GDPR): sealed entries cannot change, they name people by id only" },
    }),
    noPersonalData("AuditChain", "the last sequence number and hash of an organisation's audit chain"),
  ],
});

// The public face other modules use: write an entry in the change's transaction.
export { audit } from "./service.ts";
// And the operator's command (scripts/audit-verify.ts).
export { sealAuditEntries, verifyAuditChain } from "./chain.service.ts";
// Reads of special-category data, gathered per request (reads.ts).
export { auditRead } from "./reads.ts";
