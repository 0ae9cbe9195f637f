// URL parameters <-> query variables for the coordinators' families and tandems
// lists, so filters and pages are plain links (like the volunteers list).
import { PATHS } from "@lotse/domain/paths";
import { isIsoDate } from "@lotse/domain/calendar-date";
import type { FamiliesFilter, FamilyStatus, MatchesFilter, TandemStatus } from "./types";
import { href, pagingVariables, parsePaging, type Paging } from "$lib/features/volunteers/list-params";

export const FAMILY_STATUSES: readonly FamilyStatus[] = ["WAITING", "MATCHED", "CLOSED"];
export const TANDEM_STATUSES: readonly TandemStatus[] = ["PROPOSED", "ACTIVE", "PAUSED", "ENDED", "DECLINED"];

/** Global IDs are base64 strings: anything else is ignored rather than sent. */
function globalId(value: string | null): string | null {
  return value && /^[A-Za-z0-9+/=_-]{4,200}$/.test(value) ? value : null;
}

// ---- families ------------------------------------------------------------------------

export interface FamiliesParams extends Paging {
  status: FamilyStatus | null;
  language: string | null;
  district: string | null;
  need: string | null;
  /** Waiting since this day or earlier (YYYY-MM-DD). */
  waitingSince: string | null;
}

export function parseFamiliesParams(params: URLSearchParams): FamiliesParams {
  const status = params.get("status");
  const language = (params.get("language") ?? "").trim().toLowerCase();
  const waitingSince = params.get("waitingSince");
  return {
    status: FAMILY_STATUSES.includes(status as FamilyStatus) ? (status as FamilyStatus) : null,
    language: /^[a-z]{2}$/.test(language) ? language : null,
    district: globalId(params.get("district")),
    need: globalId(params.get("need")),
    waitingSince: isIsoDate(waitingSince) ? waitingSince : null,
    ...parsePaging(params),
  };
}

export function hasFamiliesFilter(p: FamiliesParams): boolean {
  return !!(p.status || p.language || p.district || p.need || p.waitingSince);
}

export function familiesVariables(p: FamiliesParams) {
  const filter: FamiliesFilter = {};
  if (p.status) filter.status = p.status;
  if (p.language) filter.language = p.language;
  if (p.district) filter.districtId = p.district;
  if (p.need) filter.needId = p.need;
  if (p.waitingSince) filter.waitingSince = p.waitingSince;
  return { ...pagingVariables(p), filter: Object.keys(filter).length > 0 ? filter : null };
}

export const FAMILIES_PATH = PATHS.families;
export const NEW_FAMILY_PATH = `${PATHS.families}/neu`;
export const familyPath = (id: string) => `${PATHS.families}/${encodeURIComponent(id)}`;

export function familiesHref(p: FamiliesParams, page: { after?: string | null; before?: string | null }): string {
  return href(FAMILIES_PATH, [
    ["status", p.status],
    ["language", p.language],
    ["district", p.district],
    ["need", p.need],
    ["waitingSince", p.waitingSince],
    ["size", p.size],
    ["after", page.after],
    ["before", page.before],
  ]);
}

// ---- tandems -------------------------------------------------------------------------

export interface TandemsParams extends Paging {
  status: TandemStatus | null;
  /** Only active tandems past the no-contact alert. */
  alert: boolean;
}

export function parseTandemsParams(params: URLSearchParams): TandemsParams {
  const status = params.get("status");
  return {
    status: TANDEM_STATUSES.includes(status as TandemStatus) ? (status as TandemStatus) : null,
    alert: params.get("alert") === "1",
    ...parsePaging(params),
  };
}

export function hasTandemsFilter(p: TandemsParams): boolean {
  return !!(p.status || p.alert);
}

export function tandemsVariables(p: TandemsParams) {
  const filter: MatchesFilter = {};
  if (p.status) filter.status = p.status;
  if (p.alert) filter.needsContact = true;
  return { ...pagingVariables(p), filter: Object.keys(filter).length > 0 ? filter : null };
}

export const TANDEMS_PATH = PATHS.tandems;
export const tandemPath = (id: string) => `${PATHS.tandems}/${encodeURIComponent(id)}`;

export function tandemsHref(p: TandemsParams, page: { after?: string | null; before?: string | null }): string {
  return href(TANDEMS_PATH, [
    ["status", p.status],
    ["alert", p.alert ? "1" : null],
    ["size", p.size],
    ["after", page.after],
    ["before", page.before],
  ]);
}
