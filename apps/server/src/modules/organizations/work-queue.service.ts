// The organisations area's count on an admin's start page: settings the office's
// printed documents need and that nobody has filled in yet. Every Nachweis prints
// the office's address and a contact person for queries (there is no fallback:
// empty, the Nachweis goes out without them). The count links to the settings
// page, where these fields stand. No SQL: the settings came with the session.
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { mayChangeSettings } from "./access.ts";
import type { OrganizationSettings } from "./settings.ts";

export const ORGANIZATIONS_WORK = {
  settingsMissing: { key: "organizations.settingsMissing", role: "ADMIN", href: PATHS.settings },
} as const satisfies Record<string, WorkQueueWork>;

/** The settings a document needs that are empty, by name (the settings page's field names). */
export function missingDocumentSettings(settings: OrganizationSettings): string[] {
  const needed = {
    nachweisAddress: settings.nachweis.address,
    nachweisContactPerson: settings.nachweis.contactPerson,
  };
  return Object.entries(needed)
    .filter(([, value]) => value.trim() === "")
    .map(([name]) => name);
}

export async function organizationsWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  if (!mayChangeSettings(viewer)) return [];
  const count = missingDocumentSettings(viewer.organization.parsedSettings).length;
  return [{ ...ORGANIZATIONS_WORK.settingsMissing, count }];
}
