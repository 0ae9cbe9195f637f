// Data protection requests: an admin finds a person (account holder, family,
// child, donor), exports everything stored about them (JSON and PDF) and
// erases them. The data stay with the modules that own them: this module only
// runs every module's privacy hooks (module.ts) and holds no data of its own.
import { defineModule } from "../module.ts";
import * as fields from "./graphql.ts";
import { dataProtectionRoutes } from "./http/routes.ts";

export const dataProtectionModule = defineModule({
  name: "dataProtection",
  graphql: [fields],
  routes: dataProtectionRoutes,
  privacy: [],
});
