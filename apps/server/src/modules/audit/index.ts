// The audit log: who changed which personal data, when and how. Written by
// every module through audit() (service.ts), in the change's transaction.
import { defineModule } from "../module.ts";
import { personalRows } from "../privacy.ts";

export const auditModule = defineModule({
  name: "audit",
  privacy: [
    // Entries the person made; entries about them are found through the entity they name.
    personalRows("AuditLog", (s) => ({ actorUserId: s.userId }), { kept: "the organisation's record of changes to personal data (accountability, Art. 5(2) GDPR)" }),
  ],
});

// The public face other modules use: write an entry in the change's transaction.
export { audit } from "./service.ts";
