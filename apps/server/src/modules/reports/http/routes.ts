// GET /exports/integrationsmonitor/<section>.csv?from&to[&district][&granularity=year]
// One section of the Integrationsmonitor as CSV, small numbers hidden. The
// same rule as GraphQL (access.ts): 403 for a section the caller may not read;
// 400 for a bad period or a district that is not the organisation's.
import { integrationMonitorCsvFileName, reportSectionOfSlug } from "@lotse/domain/reports";
import { parsePeriod, PeriodError } from "../../../formats/period.ts";
import { attachment } from "../../../http/responses.ts";
import type { Route } from "../../../http/routes.ts";
import { idFromPathSegment } from "../../../http/route-ids.ts";
import { DomainError } from "../../../errors.ts";
import { signedIn } from "../../service-context.ts";
import { canReadSection } from "../access.ts";
import { sectionCsv } from "../csv.ts";
import { integrationMonitor } from "../monitor.service.ts";

const sectionCsvRoute: Route = {
  name: "integrationsmonitor.csv",
  path: /^\/exports\/integrationsmonitor\/([a-z-]+)\.csv$/,
  auth: "session",
  async handle(r) {
    const section = reportSectionOfSlug(r.params[0]!);
    if (!section) return r.fail(404, "NOT_FOUND", "error.notFound");
    if (!canReadSection(r.ctx, section)) {
      const viewer = signedIn(r.ctx);
      r.log.warn({ userId: viewer.userId, organizationId: viewer.organizationId, section }, "integrationsmonitor download refused");
      return r.fail(403, "FORBIDDEN", "error.forbidden");
    }
    let period;
    try {
      period = parsePeriod(r.url.searchParams);
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error;
      return r.failWith(400, "BAD_REQUEST", error.text[r.caller.locale] ?? error.text.de, error.field);
    }
    const districtParam = r.url.searchParams.get("district");
    const districtId = districtParam ? idFromPathSegment(districtParam, "District") : null;
    if (districtParam && !districtId) return r.fail(400, "BAD_REQUEST", "error.notFound", "district");
    const granularity = r.url.searchParams.get("granularity") === "year" ? "YEAR" : "MONTH";
    let monitor;
    try {
      monitor = await integrationMonitor(r.ctx, { ...period, granularity, districtId, sections: [section] });
    } catch (error) {
      if (error instanceof DomainError && error.field === "districtId") return r.fail(400, "BAD_REQUEST", "error.notFound", "district");
      throw error;
    }
    const districtName = districtId ? (monitor.districts.find((d) => d.id === districtId)?.name ?? null) : null;
    return new r.fetchAPI.Response(sectionCsv(monitor, districtName), {
      status: 200,
      headers: r.respond().headers({ "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(integrationMonitorCsvFileName(section, period)) }),
    });
  },
};

export const reportRoutes: readonly Route[] = [sectionCsvRoute];
