// Sign-in redirects. Which pages exist and who sees them (navigation, start
// page, public pages) is @lotse/domain/paths, shared with the API's emails.
import { PATHS } from "@lotse/domain/paths";

/**
 * The `next` parameter after sign-in: only a path on this site (no scheme,
 * no protocol-relative `//host`, no backslash tricks); otherwise the start page.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return PATHS.home;
  if (/[\u0000-\u001f]/.test(next)) return PATHS.home;
  return next;
}

export function loginUrl(pathname: string, search: string): string {
  const target = pathname + search;
  return target === PATHS.home ? PATHS.login : `${PATHS.login}?next=${encodeURIComponent(target)}`;
}
