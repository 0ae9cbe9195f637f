// The one list of Lotse's areas. The schema, the app's routes, the demo seed
// (in this order), the scheduler and the privacy checks read it. Adding an
// area: one folder with an index.ts (defineModule) and one line here.
import { appointmentsModule } from "./appointments/index.ts";
import { auditModule } from "./audit/index.ts";
import { dataProtectionModule } from "./data-protection/index.ts";
import { donationsModule } from "./donations/index.ts";
import { identityModule } from "./identity/index.ts";
import { matchingModule } from "./matching/index.ts";
import type { LotseModule } from "./module.ts";
import { notificationsModule } from "./notifications/index.ts";
import { organizationsModule } from "./organizations/index.ts";
import { reportsModule } from "./reports/index.ts";
import { retentionJob, retentionModule } from "./retention/index.ts";
import { trainingModule } from "./training/index.ts";
import { volunteersModule } from "./volunteers/index.ts";

export const modules: readonly LotseModule[] = [organizationsModule, identityModule, volunteersModule, trainingModule, matchingModule, appointmentsModule, donationsModule, auditModule, notificationsModule, reportsModule, retentionModule, dataProtectionModule];

/** Every module's plain routes, for the app's routes plugin and the request log. */
export const moduleRoutes = modules.flatMap((m) => m.routes ?? []);

/** Every module's recurring jobs, for the scheduler, and one job running every module's retention tasks in list order. */
export const moduleJobs = [...modules.flatMap((m) => m.jobs ?? []), retentionJob(modules.flatMap((m) => m.retention ?? []))];
