// The donations area's pages under /koordination/spenden (coordinators), in
// the order of its sub-navigation. Labels are message keys.
import { PATHS } from "@lotse/domain/paths";
import { m } from "$lib/paraglide/messages.js";

const base = PATHS.donations;

export const DONATION_PATHS = {
  donations: base,
  donors: `${base}/spender`,
  recordMoney: `${base}/geld`,
  recordGoods: `${base}/sachspende`,
  acceptance: `${base}/annahme`,
  funds: `${base}/fonds`,
  inventory: `${base}/lager`,
  receipts: `${base}/bestaetigungen`,
} as const;

export const donorHref = (id: string) => `${DONATION_PATHS.donors}/${encodeURIComponent(id)}`;
export const itemHref = (id: string) => `${DONATION_PATHS.inventory}/${encodeURIComponent(id)}`;

export function donationPages() {
  return [
    { href: DONATION_PATHS.donations, label: m.don_navDonations() },
    { href: DONATION_PATHS.donors, label: m.don_navDonors() },
    { href: DONATION_PATHS.recordMoney, label: m.don_navRecordMoney() },
    { href: DONATION_PATHS.recordGoods, label: m.don_navRecordGoods() },
    { href: DONATION_PATHS.acceptance, label: m.don_navAcceptance() },
    { href: DONATION_PATHS.funds, label: m.don_navFunds() },
    { href: DONATION_PATHS.inventory, label: m.don_navInventory() },
    { href: DONATION_PATHS.receipts, label: m.don_navReceipts() },
  ];
}

/** Links to the previous and next page of a cursor list, keeping the page's other parameters. */
export function pageHrefs(url: URL, info: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null }) {
  const withCursor = (key: "after" | "before", cursor: string | null | undefined) => {
    const params = new URLSearchParams(url.searchParams);
    params.delete("after");
    params.delete("before");
    if (cursor) params.set(key, cursor);
    return `${url.pathname}?${params}`;
  };
  const paging = url.searchParams.has("after") || url.searchParams.has("before");
  return {
    previousHref: info.hasPreviousPage || (url.searchParams.has("after") && !url.searchParams.has("before")) ? withCursor("before", info.startCursor) : null,
    nextHref: info.hasNextPage || (paging && url.searchParams.has("before")) ? withCursor("after", info.endCursor) : null,
  };
}

export const PAGE_SIZE = 25;

/** The cursor variables of a list page from its URL (?after= or ?before=). */
export function cursorVariables(url: URL) {
  const after = url.searchParams.get("after");
  const before = url.searchParams.get("before");
  return before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after: after ?? undefined };
}
