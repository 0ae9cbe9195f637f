// The course catalogue and cohort pages are for volunteers (VOLUNTEER); trainers
// and coordinators work under /kursleitung.
import { error } from "@sveltejs/kit";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ parent }) => {
  const { me } = await parent();
  if (!me?.roles.includes("VOLUNTEER")) error(403, { message: "Forbidden" });
  return {};
};
