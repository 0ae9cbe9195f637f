// URL parameters <-> query variables for the coordinators' lists (volunteers,
// hour review queue), so filters and pages are plain links like the user list.
import { PATHS } from "@lotse/domain/paths";
import { isIsoDate } from "@lotse/domain/calendar-date";
import type { CertificateState, HourLogsFilter, VolunteersFilter, VolunteerStatus } from "$lib/graphql/types";
import { parseYear } from "./format";

export const PAGE_SIZE = 20;
export const MIN_PAGE_SIZE = 2;
export const MAX_PAGE_SIZE = 100;

export const VOLUNTEER_STATUSES: readonly VolunteerStatus[] = ["PENDING", "APPROVED", "PAUSED", "REJECTED", "ENDED"];
export const CERTIFICATE_STATES: readonly CertificateState[] = ["MISSING", "VALID", "EXPIRING", "EXPIRED"];

export interface Paging {
  after: string | null;
  before: string | null;
  /** null = PAGE_SIZE */
  size: number | null;
}

export function parsePaging(params: URLSearchParams): Paging {
  const size = Number.parseInt(params.get("size") ?? "", 10);
  return {
    after: params.get("after") || null,
    before: params.get("before") || null,
    size: Number.isFinite(size) ? Math.min(MAX_PAGE_SIZE, Math.max(MIN_PAGE_SIZE, size)) : null,
  };
}

export function pagingVariables(p: Paging) {
  const pageSize = p.size ?? PAGE_SIZE;
  return p.before ? { last: pageSize, before: p.before } : { first: pageSize, after: p.after };
}

export function href(base: string, entries: [string, string | number | null | undefined][]): string {
  const q = new URLSearchParams();
  for (const [name, value] of entries) if (value !== null && value !== undefined && value !== "") q.set(name, String(value));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/** Global IDs are base64 strings: anything else is ignored rather than sent. */
function globalId(value: string | null): string | null {
  return value && /^[A-Za-z0-9+/=_-]{4,200}$/.test(value) ? value : null;
}

// ---- volunteers list ----------------------------------------------------------------

export interface VolunteersParams extends Paging {
  search: string;
  status: VolunteerStatus | null;
  language: string | null;
  topic: string | null;
  district: string | null;
  /** "yes" | "no" | null (any) */
  interpreter: "yes" | "no" | null;
  certificate: CertificateState | null;
  /** "yes": only volunteers the retention job flagged as inactive; "no": only the others; null: any. */
  inactive: "yes" | "no" | null;
}

export function parseVolunteersParams(params: URLSearchParams): VolunteersParams {
  const status = params.get("status");
  const certificate = params.get("certificate");
  const language = (params.get("language") ?? "").trim().toLowerCase();
  const interpreter = params.get("interpreter");
  const inactive = params.get("inactive");
  return {
    search: (params.get("search") ?? "").trim().slice(0, 200),
    status: VOLUNTEER_STATUSES.includes(status as VolunteerStatus) ? (status as VolunteerStatus) : null,
    language: /^[a-z]{2}$/.test(language) ? language : null,
    topic: globalId(params.get("topic")),
    district: globalId(params.get("district")),
    interpreter: interpreter === "yes" || interpreter === "no" ? interpreter : null,
    certificate: CERTIFICATE_STATES.includes(certificate as CertificateState) ? (certificate as CertificateState) : null,
    inactive: inactive === "yes" || inactive === "no" ? inactive : null,
    ...parsePaging(params),
  };
}

export function hasVolunteersFilter(p: VolunteersParams): boolean {
  return !!(p.search || p.status || p.language || p.topic || p.district || p.interpreter || p.certificate || p.inactive);
}

export function volunteersVariables(p: VolunteersParams) {
  const filter: VolunteersFilter = {};
  if (p.search) filter.search = p.search;
  if (p.status) filter.status = p.status;
  if (p.language) filter.languageCode = p.language;
  if (p.topic) filter.topicId = p.topic;
  if (p.district) filter.districtId = p.district;
  if (p.interpreter) filter.interpreter = p.interpreter === "yes";
  if (p.certificate) filter.certificateState = p.certificate;
  if (p.inactive) filter.inactive = p.inactive === "yes";
  return { ...pagingVariables(p), filter: Object.keys(filter).length > 0 ? filter : null };
}

export const VOLUNTEERS_PATH = PATHS.volunteers;

export function volunteersHref(p: VolunteersParams, page: { after?: string | null; before?: string | null }): string {
  return href(VOLUNTEERS_PATH, [
    ["search", p.search],
    ["status", p.status],
    ["language", p.language],
    ["topic", p.topic],
    ["district", p.district],
    ["interpreter", p.interpreter],
    ["certificate", p.certificate],
    ["inactive", p.inactive],
    ["size", p.size],
    ["after", page.after],
    ["before", page.before],
  ]);
}

// ---- hour review queue --------------------------------------------------------------

export interface ReviewQueueParams extends Paging {
  volunteer: string | null;
  from: string | null;
  to: string | null;
  /** Year of the organisation summary. */
  year: number;
}

export function parseReviewQueueParams(params: URLSearchParams, currentYear: number): ReviewQueueParams {
  const from = params.get("from");
  const to = params.get("to");
  return {
    volunteer: globalId(params.get("volunteer")),
    from: isIsoDate(from) ? from : null,
    to: isIsoDate(to) ? to : null,
    year: parseYear(params.get("year"), currentYear),
    ...parsePaging(params),
  };
}

export function reviewQueueVariables(p: ReviewQueueParams) {
  const filter: HourLogsFilter = { status: "PENDING" };
  if (p.volunteer) filter.volunteerId = p.volunteer;
  if (p.from) filter.from = p.from;
  if (p.to) filter.to = p.to;
  return { ...pagingVariables(p), filter, year: p.year };
}

export const REVIEW_QUEUE_PATH = PATHS.hourReview;

export function reviewQueueHref(p: ReviewQueueParams, page: { after?: string | null; before?: string | null }, currentYear: number): string {
  return href(REVIEW_QUEUE_PATH, [
    ["volunteer", p.volunteer],
    ["from", p.from],
    ["to", p.to],
    ["year", p.year === currentYear ? null : p.year],
    ["size", p.size],
    ["after", page.after],
    ["before", page.before],
  ]);
}

// ---- my hours ---------------------------------------------------------------------

export interface MyHoursParams extends Paging {
  year: number;
}

export function parseMyHoursParams(params: URLSearchParams, currentYear: number): MyHoursParams {
  return { year: parseYear(params.get("year"), currentYear), ...parsePaging(params) };
}

export function myHoursVariables(p: MyHoursParams) {
  return { ...pagingVariables(p), year: p.year };
}

export const MY_HOURS_PATH = PATHS.volunteerHours;

/**
 * The list's address; `edit` or `delete` name an open entry whose editor or
 * withdrawal question the page shows (plain links, so they work without JavaScript).
 */
export function myHoursHref(
  p: MyHoursParams,
  page: { after?: string | null; before?: string | null; edit?: string | null; delete?: string | null },
  currentYear: number,
): string {
  return href(MY_HOURS_PATH, [
    ["year", p.year === currentYear ? null : p.year],
    ["size", p.size],
    ["after", page.after],
    ["before", page.before],
    ["edit", page.edit],
    ["delete", page.delete],
  ]);
}

// ---- global IDs --------------------------------------------------------------------

/**
 * Whether `id` looks like a global ID of the given type ("Volunteer:<uuid>" in
 * base64), so a mistyped URL gets a 404 instead of an API error.
 */
export function isGlobalIdOf(type: string, id: string): boolean {
  try {
    const decoded = atob(id);
    return decoded.startsWith(`${type}:`) && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(decoded.slice(type.length + 1));
  } catch {
    return false;
  }
}
