// The audit log's plain route:
//   GET /exports/audit-log.csv?personEmail&actorEmail&entityType&entityId&action&from&to
// admins only (access.ts); the same filter as the auditLog query, newest first,
// streamed in batches. 400 names a malformed date.
import { germanDateTime } from "@lotse/domain/berlin-time";
import { isIsoDate } from "@lotse/domain/calendar-date";
import { csvStream } from "../../../formats/csv-stream.ts";
import { attachment } from "../../../http/responses.ts";
import type { Route } from "../../../http/routes.ts";
import { signedIn } from "../../service-context.ts";
import { canReadAuditLog } from "../access.ts";
import { AUDIT_CSV_BATCH, auditLogBatch, auditLogWhere, type AuditExportRow, type AuditLogFilter } from "../log.service.ts";

const FILTER_FIELDS = ["personEmail", "actorEmail", "entityType", "entityId", "action", "from", "to"] as const satisfies readonly (keyof AuditLogFilter)[];

export const AUDIT_CSV_HEADER = ["Zeit", "Nr. in der Kette", "Wer", "E-Mail", "Aktion", "Datensatz-Art", "Datensatz", "Änderungen", "Hash"];

const auditLogCsv: Route = {
  name: "audit-log.csv",
  path: /^\/exports\/audit-log\.csv$/,
  auth: "session",
  async handle(r) {
    const viewer = signedIn(r.ctx);
    const who = { userId: viewer.userId, organizationId: viewer.organizationId, export: "audit-log.csv" };
    if (!canReadAuditLog(r.ctx)) {
      r.log.warn(who, "export refused: not an admin");
      return r.fail(403, "FORBIDDEN", "error.forbidden");
    }
    const filter: AuditLogFilter = {};
    for (const field of FILTER_FIELDS) filter[field] = r.url.searchParams.get(field)?.slice(0, 320) || null;
    for (const field of ["from", "to"] as const) {
      const value = filter[field];
      if (value && !isIsoDate(value)) return r.fail(400, "BAD_REQUEST", "date.invalid", field);
    }
    const where = await auditLogWhere(r.ctx, filter);
    const started = Date.now();
    const body = csvStream<AuditExportRow>(
      r.fetchAPI,
      {
        header: AUDIT_CSV_HEADER,
        batchSize: AUDIT_CSV_BATCH,
        nextBatch: (after) => auditLogBatch(r.ctx, where, after),
        cells: (e) => [
          germanDateTime(e.createdAt),
          e.chainSeq?.toString(),
          e.actor?.name,
          e.actor?.email,
          e.action,
          e.entityType,
          e.entityId,
          JSON.stringify(e.changes),
          e.hash,
        ],
      },
      {
        done: (rows) => r.log.info({ ...who, rows, ms: Date.now() - started }, "audit log exported"),
        failed: (err, rows) => r.log.error({ ...who, rows, err }, "audit log export failed"),
        cancelled: (rows) => r.log.info({ ...who, rows }, "audit log export cancelled by the client"),
      },
    );
    return new r.fetchAPI.Response(body, {
      status: 200,
      headers: r.respond().headers({ "content-type": "text/csv; charset=utf-8", "content-disposition": attachment("Protokoll.csv") }),
    });
  },
};

export const auditRoutes: Route[] = [auditLogCsv];
