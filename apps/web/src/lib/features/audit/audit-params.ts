// The audit log page's URL parameters <-> the auditLog query's filter, so a
// search, its pages and its CSV export are links (bookmarks, no JavaScript).
import { isIsoDate } from "@lotse/domain/calendar-date";
import { PATHS } from "@lotse/domain/paths";

export const AUDIT_PAGE_SIZE = 25;
export const FILTER_KEYS = ["personEmail", "actorEmail", "entityType", "entityId", "from", "to"] as const;
export type AuditFilterKey = (typeof FILTER_KEYS)[number];
export type AuditParams = Record<AuditFilterKey, string> & { after: string | null; before: string | null; verify: boolean };

export function parseAuditParams(search: URLSearchParams): AuditParams {
  const params = { after: search.get("after") || null, before: search.get("before") || null, verify: search.get("verify") === "1" } as AuditParams;
  for (const key of FILTER_KEYS) params[key] = (search.get(key) ?? "").trim().slice(0, 320);
  // A malformed date would only be refused by the API: leave it out and let the form show it.
  return params;
}

/** Dates the form holds that are not real calendar days (shown at their field). */
export function invalidDates(p: AuditParams): AuditFilterKey[] {
  return (["from", "to"] as const).filter((key) => p[key] !== "" && !isIsoDate(p[key]));
}

export function auditFilter(p: AuditParams): Partial<Record<AuditFilterKey, string>> | null {
  const filter: Partial<Record<AuditFilterKey, string>> = {};
  const bad = invalidDates(p);
  for (const key of FILTER_KEYS) if (p[key] && !bad.includes(key)) filter[key] = p[key];
  return Object.keys(filter).length ? filter : null;
}

function query(p: AuditParams, extra: Record<string, string | null> = {}): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) if (p[key]) q.set(key, p[key]);
  for (const [key, value] of Object.entries(extra)) if (value) q.set(key, value);
  const text = q.toString();
  return text ? `?${text}` : "";
}

/** The query's page variables: forwards from `after`, or backwards to `before`. */
export const auditPage = (p: AuditParams) => (p.before ? { last: AUDIT_PAGE_SIZE, before: p.before } : { first: AUDIT_PAGE_SIZE, after: p.after });

/** The same search, another page. */
export const auditPageHref = (p: AuditParams, page: { after?: string | null; before?: string | null }) =>
  `${PATHS.auditLog}${query(p, { after: page.after ?? null, before: page.before ?? null })}`;
/** The same search with the chain check run. */
export const auditVerifyHref = (p: AuditParams) => `${PATHS.auditLog}${query(p, { verify: "1" })}`;
/** The whole search as CSV (the API's route, forwarded by this app). */
export const auditCsvHref = (p: AuditParams) => `/exports/audit-log.csv${query({ ...p, from: invalidDates(p).includes("from") ? "" : p.from, to: invalidDates(p).includes("to") ? "" : p.to })}`;
