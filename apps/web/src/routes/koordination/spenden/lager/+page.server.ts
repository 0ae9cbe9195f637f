// The goods inventory: searchable by description, category and storage location, paged (COORDINATOR).
import { loadQuery } from "$lib/graphql/load";
import { GoodsInventoryQuery } from "$lib/graphql/donations";
import { cursorVariables } from "$lib/features/donations/paths";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const q = url.searchParams;
  const params = { search: q.get("search")?.trim() ?? "", category: q.get("category") ?? "", location: q.get("location")?.trim() ?? "", all: q.get("all") === "1" };
  const filter = { search: params.search || null, categoryId: params.category || null, storageLocation: params.location || null, inStock: params.all ? null : true };
  const { goodsInventory, goodsCategories } = await loadQuery(fetch, GoodsInventoryQuery, { ...cursorVariables(url), filter });
  return { inventory: goodsInventory, categories: goodsCategories, params };
};
