// Who may read the Integrationsmonitor, for GraphQL and the CSV downloads
// alike: coordinators and admins every section; counsellors
// (Schuleinstiegsberatung) only their own area's section. Everyone else
// nothing. The figures are the caller's organisation's only: every statement
// names the organisation of the signed-in viewer.
import type { Role } from "@lotse/domain/roles";
import type { ServiceCtx } from "../service-context.ts";
import { SECTIONS, type Section } from "./tables.ts";

type Caller = Pick<ServiceCtx, "viewer">;

/** The roles GraphQL's auth rule names for the report field (the sections are narrowed below). */
export const REPORT_READERS: readonly Role[] = ["COORDINATOR", "ADMIN", "COUNSELLOR"];

/** The sections the caller may read, in report order. */
export function readableSections(ctx: Caller): Section[] {
  const roles = ctx.viewer?.roles ?? [];
  if (roles.includes("COORDINATOR") || roles.includes("ADMIN")) return [...SECTIONS];
  if (roles.includes("COUNSELLOR")) return ["SCHOOL_ENTRY"];
  return [];
}

export function canReadSection(ctx: Caller, section: Section): boolean {
  return readableSections(ctx).includes(section);
}
