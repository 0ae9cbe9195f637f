// The header's forms without JavaScript: each posts here with the page it came from
// (`back`) and returns there. With JavaScript the header does the same through the API
// and stays on the page; these actions are what a phone on a slow connection, or a
// browser without scripts, gets before (or instead of) that.
import { fail, redirect } from "@sveltejs/kit";
import { leavesArea, PATHS } from "@lotse/domain/paths";
import { mutate } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { SetMyLocaleMutation, SignOutMutation, SwitchOrganizationMutation } from "$lib/graphql/viewer";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, parseLocale, toApiLocale } from "$lib/i18n/locale";
import { safeNext } from "$lib/nav";
import type { Actions, PageServerLoad } from "./$types";

// Nothing to show on its own: a visit (not a post) goes to the start page.
export const load: PageServerLoad = ({ request }) => {
  if (request.method === "GET") redirect(303, PATHS.home);
  return {};
};

export const actions: Actions = {
  language: async (event) => {
    const form = await event.request.formData();
    const back = safeNext(text(form, "back"));
    const locale = parseLocale(text(form, "ui-language"));
    if (!locale) return fail(400, { failed: "language", messages: [], back });
    const outcome = await mutate(event, SetMyLocaleMutation, { locale: toApiLocale(locale) });
    // Signed out, the cookie alone carries the choice.
    if (!outcome.ok && outcome.errors.code !== "UNAUTHENTICATED") {
      return fail(400, { failed: "language", messages: outcome.errors.form, back });
    }
    event.cookies.set(LOCALE_COOKIE, locale, {
      path: "/",
      httpOnly: false,
      sameSite: "lax",
      secure: event.url.protocol === "https:",
      maxAge: LOCALE_COOKIE_MAX_AGE,
    });
    redirect(303, back);
  },

  organization: async (event) => {
    const form = await event.request.formData();
    const back = safeNext(text(form, "back"));
    const outcome = await mutate(event, SwitchOrganizationMutation, { organizationId: text(form, "organizationId") }, ["organizationId"]);
    if (!outcome.ok) {
      return fail(outcome.errors.code === "FORBIDDEN" ? 403 : 400, {
        failed: "organization",
        messages: [...outcome.errors.form, ...Object.values(outcome.errors.fields)],
        back,
      });
    }
    // Admin pages and the volunteer's own pages may not be allowed in the new organisation: start over there.
    redirect(303, leavesArea(back, outcome.data.roles) ? PATHS.home : back);
  },

  signOut: async (event) => {
    const outcome = await mutate(event, SignOutMutation, {});
    if (!outcome.ok) return fail(400, { failed: "signOut", messages: outcome.errors.form, back: PATHS.home });
    redirect(303, PATHS.login);
  },
};
