// Everything under /kursleitung is for trainers (TRAINER); coordinators see the
// same pages read-only (the API lets only trainers change courses).
import { error } from "@sveltejs/kit";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ parent }) => {
  const { me } = await parent();
  const canManage = !!me?.roles.includes("TRAINER");
  if (!canManage && !me?.roles.includes("COORDINATOR")) error(403, { message: "Forbidden" });
  return { canManage, isAdmin: !!me?.roles.includes("ADMIN") };
};
