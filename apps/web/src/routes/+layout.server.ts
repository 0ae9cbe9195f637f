// Loads the signed-in person (`me`, null when signed out) and the UI language
// for every page, and sends signed-out visitors of non-public pages to /login.
import { redirect } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { MeQuery } from "$lib/graphql/viewer";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, resolveLocale } from "$lib/i18n/locale";
import { isPublicPath, navFor, PATHS } from "@lotse/domain/paths";
import { ownLanguageNames } from "$lib/i18n/direction";
import { navLabel } from "$lib/i18n/nav-labels";
import { loginUrl, safeNext } from "$lib/nav";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ fetch, url, cookies, locals }) => {
  const { me, myWorkQueue, unreadNotificationCount } = await loadQuery(fetch, MeQuery, {});

  const cookie = cookies.get(LOCALE_COOKIE);
  const locale = resolveLocale({ userLocale: me?.user.locale, cookie });
  locals.locale = locale;
  if (me && cookie !== locale) {
    // Keep the cookie in step with the saved choice, so the sign-in page
    // speaks the same language after signing out.
    cookies.set(LOCALE_COOKIE, locale, {
      path: "/",
      httpOnly: false,
      sameSite: "lax",
      secure: url.protocol === "https:",
      maxAge: LOCALE_COOKIE_MAX_AGE,
    });
  }

  if (!me && !isPublicPath(url.pathname)) {
    redirect(303, loginUrl(url.pathname, url.search));
  }
  if (me && url.pathname === PATHS.login) {
    redirect(303, safeNext(url.searchParams.get("next")));
  }

  // The header's links for the person's roles, their texts written here in the page's language:
  // the browser then needs neither the table of every role's pages nor all their texts.
  const nav = me ? navFor(me.roles).map((item) => ({ href: item.href, label: navLabel(item.label, locale) })) : [];
  // The language switch's names (lib/i18n/direction.ts: Intl's language data stays on the server).
  return { me, locale, nav, workQueue: myWorkQueue, unreadNotifications: unreadNotificationCount, languages: ownLanguageNames() };
};
