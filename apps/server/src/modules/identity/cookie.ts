/** The session cookie's name; the web app forwards it unchanged. */
export const SESSION_COOKIE = "lotse_session";
