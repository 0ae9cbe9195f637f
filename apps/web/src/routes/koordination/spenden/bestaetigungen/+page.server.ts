// Zuwendungsbestätigungen of a year (?year=), newest number first in pages, and
// the accepted donations still without one (COORDINATOR). Issuing one and
// cancelling one are form actions, so they work without JavaScript. The year's
// batch is started by an action that leads to `?batch=<id>`, where the page
// shows its progress (with JavaScript it follows it live; without, on reload).
import { berlinToday } from "@lotse/domain/berlin-time";
import { loadQuery } from "$lib/graphql/load";
import { IssueReceiptsForYearMutation, ReceiptBatchQuery, ReceiptsQuery } from "$lib/graphql/donations";
import { redirect } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { integer } from "$lib/forms/form-data";
import { cursorVariables } from "$lib/features/donations/paths";
import { cancelReceipt, issueReceipt } from "$lib/features/donations/receipt-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const currentYear = Number(berlinToday().slice(0, 4));
  const asked = Number(url.searchParams.get("year"));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= currentYear ? asked : currentYear;
  const batchId = url.searchParams.get("batch");
  const [result, batch] = await Promise.all([
    loadQuery(fetch, ReceiptsQuery, { ...cursorVariables(url), filter: { year }, year }),
    batchId ? loadQuery(fetch, ReceiptBatchQuery, { id: batchId }).then((r) => r.receiptBatch ?? null) : null,
  ]);
  return { receipts: result.receipts, receiptable: result.receiptable, summary: result.donationSummary, year, currentYear, batch };
};

export const actions: Actions = {
  issueReceipt,
  cancelReceipt,
  issueYear: async (event) => {
    const form = await event.request.formData();
    const year = integer(form, "year") ?? 0;
    const outcome = await mutate(event, IssueReceiptsForYearMutation, { year });
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "batch" });
    redirect(303, `${event.url.pathname}?year=${year}&batch=${encodeURIComponent(outcome.data.id)}`);
  },
};
