// integrationMonitor(filter): coordinators and admins every section,
// counsellors the school-entry section (access.ts narrows the sections).
import { isoDate } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { DistrictRef } from "../volunteers/index.ts";
import { serviceCtx } from "../service-context.ts";
import { mayReadReports } from "./access.ts";
import { integrationMonitor } from "./monitor.service.ts";
import { IntegrationMonitorRef, ReportGranularityEnum, ReportSectionEnum } from "./types.ts";

const IntegrationMonitorFilter = builder.inputType("IntegrationMonitorFilter", {
  fields: (t) => ({
    from: t.string({ validate: isoDate, description: "First Berlin day, YYYY-MM-DD." }),
    to: t.string({ validate: isoDate, description: "Last Berlin day (inclusive); at most five years after from." }),
    granularity: t.field({ type: ReportGranularityEnum, required: false, description: "Months (default) or years." }),
    districtId: t.globalID({ for: DistrictRef, required: false }),
    sections: t.field({ type: [ReportSectionEnum], required: false, description: "Only these sections; every readable one when left out." }),
    protectSmallNumbers: t.boolean({
      required: false,
      description: "Hide people counts below the organisation's threshold (\"< 5\"), as every output that leaves the organisation must. The coordinators' own screen shows exact figures (marked).",
    }),
  }),
});

builder.queryFields((t) => ({
  integrationMonitor: t.field({
    type: IntegrationMonitorRef,
    authScopes: { may: mayReadReports },
    errors: { types: standardErrors },
    args: { filter: t.arg({ type: IntegrationMonitorFilter }) },
    resolve: async (_root, { filter }, ctx) => ({
      ...(await integrationMonitor(serviceCtx(ctx), {
        from: filter.from,
        to: filter.to,
        granularity: filter.granularity ?? "MONTH",
        districtId: filter.districtId?.id ?? null,
        sections: filter.sections ?? null,
      })),
      hide: filter.protectSmallNumbers ?? false,
    }),
  }),
}));
