// Zuwendungsbestätigungen of a year (?year=), newest number first in pages, and
// the accepted donations still without one (COORDINATOR).
import { berlinToday } from "@lotse/domain/berlin-time";
import { loadQuery } from "$lib/graphql/load";
import { ReceiptsQuery } from "$lib/graphql/donations";
import { cursorVariables } from "$lib/features/donations/paths";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const currentYear = Number(berlinToday().slice(0, 4));
  const asked = Number(url.searchParams.get("year"));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= currentYear ? asked : currentYear;
  const result = await loadQuery(fetch, ReceiptsQuery, { ...cursorVariables(url), filter: { year }, year });
  return { receipts: result.receipts, receiptable: result.receiptable, summary: result.donationSummary, year, currentYear };
};
