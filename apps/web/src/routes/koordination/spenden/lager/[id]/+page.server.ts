// One goods item (COORDINATOR): stock, reservations, history, and the families to reserve for.
// Reserving, handing over, releasing and writing off are form actions (item-actions.ts),
// so they work without JavaScript.
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { GoodsItemQuery } from "$lib/graphql/donations";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import { handOver, release, reserve, writeOff } from "./item-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, parent }) => {
  await parent();
  if (!isGlobalIdOf("GoodsItem", params.id)) error(404, { message: "Not found" });
  const result = await loadQuery(fetch, GoodsItemQuery, { id: params.id });
  if (!result.node || !("description" in result.node)) error(404, { message: "Not found" });
  return { item: result.node, families: result.families.edges.map((e) => e.node) };
};

export const actions: Actions = { reserve, handOver, release, writeOff };
