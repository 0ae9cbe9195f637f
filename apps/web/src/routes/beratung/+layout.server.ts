// Everything under /beratung (Schuleinstiegsberatung) is for counsellors and
// admins (the API's COUNSELLING rule, which it enforces again on every field).
import { error } from "@sveltejs/kit";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ parent }) => {
  const { me } = await parent();
  if (!me?.roles.some((r) => r === "COUNSELLOR" || r === "ADMIN")) error(403, { message: "Forbidden" });
  return {};
};
