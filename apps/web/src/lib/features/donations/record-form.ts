// The record forms' choice of donor: the first 100 donors matching the search
// (`?q=`), and the donor the link named (`?donor=`, e.g. from a donor's page)
// even when the search or the first page leaves them out, so an office with
// many donors can reach each one.
import { loadQuery } from "$lib/graphql/load";
import { RecordFormQuery } from "$lib/graphql/donations";

export async function loadRecordForm(fetchFn: typeof fetch, url: URL) {
  const donorId = url.searchParams.get("donor") ?? "";
  const donorSearch = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const form = await loadQuery(fetchFn, RecordFormQuery, { donorSearch: donorSearch || null, donorId, withDonor: donorId !== "" });
  const donors = form.donors.edges.map((e) => e.node);
  if (form.donor && !donors.some((d) => d.id === form.donor!.id)) donors.unshift(form.donor);
  return {
    donors,
    moreDonors: form.donors.pageInfo.hasNextPage,
    donorSearch,
    donorId: form.donor ? donorId : "",
    funds: form.funds,
    categories: form.goodsCategories,
  };
}
