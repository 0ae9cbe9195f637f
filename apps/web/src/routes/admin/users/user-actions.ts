// What an admin does with the organisation's users, as form actions: invite
// someone with roles, change a user's roles, deactivate or reactivate them.
import { sortRoles, ROLES } from "@lotse/domain/roles";
import { mutate, refuse } from "$lib/forms/action";
import { all, text } from "$lib/forms/form-data";
import type { Role } from "$lib/graphql/types";
import { DeactivateUserMutation, InviteUserMutation, ReactivateUserMutation, SetUserRolesMutation } from "$lib/graphql/users";
import { m } from "$lib/paraglide/messages.js";
import type { RequestEvent } from "./$types";

function rolesOf(form: FormData): Role[] {
  return sortRoles(all(form, "roles").filter((role): role is Role => (ROLES as readonly string[]).includes(role)));
}

export async function invite(event: RequestEvent) {
  const form = await event.request.formData();
  const roles = rolesOf(form);
  if (roles.length === 0) return refuse({ form: [], fields: { roles: m.users_rolesRequired() } }, form, { name: "invite" });
  const email = text(form, "email");
  const outcome = await mutate(event, InviteUserMutation, { input: { name: text(form, "name"), email, roles } }, ["name", "email", "roles"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "invite" });
  return { invited: email };
}

export async function roles(event: RequestEvent) {
  const form = await event.request.formData();
  const userId = text(form, "userId");
  const outcome = await mutate(event, SetUserRolesMutation, { userId, roles: rolesOf(form) }, ["roles"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: `roles-${userId}` });
  return { done: "roles" as const, userId };
}

export async function deactivate(event: RequestEvent) {
  const form = await event.request.formData();
  const userId = text(form, "userId");
  const outcome = await mutate(event, DeactivateUserMutation, { userId });
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "list" });
  return { done: "deactivated" as const, userId };
}

export async function reactivate(event: RequestEvent) {
  const form = await event.request.formData();
  const userId = text(form, "userId");
  const outcome = await mutate(event, ReactivateUserMutation, { userId });
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "list" });
  return { done: "reactivated" as const, userId };
}
