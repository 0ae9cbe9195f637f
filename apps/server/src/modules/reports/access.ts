// Who may read the Integrationsmonitor, for GraphQL and the CSV downloads
// alike: coordinators and admins every section; counsellors
// (Schuleinstiegsberatung) only their own area's section. Everyone else
// nothing. The figures are the caller's organisation's only: every statement
// names the organisation of the signed-in viewer.
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";
import type { ServiceCtx } from "../service-context.ts";
import { SECTIONS, type Section } from "./tables.ts";

type Caller = Pick<ServiceCtx, "viewer">;

type Who = Pick<Viewer, "roles"> | null | undefined;

const readsEverySection = (viewer: Who) => holdsAnyRole(viewer, "COORDINATOR", "ADMIN");
const readsSchoolEntry = (viewer: Who) => holdsAnyRole(viewer, "COUNSELLOR");

/** The report at all (the sections are narrowed by readableSections). */
export const mayReadReports = (viewer: Who) => readsEverySection(viewer) || readsSchoolEntry(viewer);

/** The sections the caller may read, in report order. */
export function readableSections(ctx: Caller): Section[] {
  if (readsEverySection(ctx.viewer)) return [...SECTIONS];
  if (readsSchoolEntry(ctx.viewer)) return ["SCHOOL_ENTRY"];
  return [];
}

export function canReadSection(ctx: Caller, section: Section): boolean {
  return readableSections(ctx).includes(section);
}
