// Erasing a person (the page's form action `erase`). The form posts to the
// person's own address (`?q=…&person=…`), so a refusal is shown at the
// confirmation box with the plan still beside it. Once erased the person's
// address means nothing any more: the action redirects to the search, and the
// name it confirms travels in a short-lived cookie on this page's path (never
// in the address, where it would stay in the history and the logs).
import { redirect, type Cookies } from "@sveltejs/kit";
import { PATHS } from "@lotse/domain/paths";
import { mutate, refuse } from "$lib/forms/action";
import { checked, text } from "$lib/forms/form-data";
import { ErasePersonMutation } from "$lib/graphql/data-protection";
import { formCheckErrors } from "$lib/graphql/errors";
import { m } from "$lib/paraglide/messages.js";
import type { RequestEvent } from "./$types";

const ERASED_COOKIE = "lotse-dp-erased";

/** The search the page came from, without the erased person. */
export function searchHref(q: string): string {
  return q ? `${PATHS.dataProtection}?q=${encodeURIComponent(q)}` : PATHS.dataProtection;
}

/** The name of the person just erased (once: the cookie is gone after this read). */
export function takeErased(cookies: Cookies): string | null {
  const name = cookies.get(ERASED_COOKIE);
  if (name === undefined) return null;
  cookies.delete(ERASED_COOKIE, { path: PATHS.dataProtection });
  return name;
}

export async function erase(event: RequestEvent) {
  const form = await event.request.formData();
  if (!checked(form, "confirmed")) return refuse(formCheckErrors({ confirmed: m.dp_confirmRequired }), form);
  const outcome = await mutate(event, ErasePersonMutation, { subject: text(form, "subject"), confirmed: true }, ["confirmed"]);
  if (!outcome.ok) return refuse(outcome.errors, form);
  event.cookies.set(ERASED_COOKIE, text(form, "name"), { path: PATHS.dataProtection, httpOnly: true, sameSite: "strict", maxAge: 60 });
  redirect(303, searchHref(event.url.searchParams.get("q")?.trim() ?? ""));
}
