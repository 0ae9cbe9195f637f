// Paraglide JS compiler options, shared by the Vite plugin (dev, build) and
// scripts/paraglide-compile.js (npm run generate / check, unit tests).
// The locale: on the server hooks.server.ts decides it per request (the signed-in
// user's saved choice, else the cookie, else German) and overwrites getLocale; in the
// browser the page keeps the language it was rendered in (hooks.client.ts reads <html lang>).
// The strategy below is the fallback for code running outside both.
/** @type {import("@inlang/paraglide-js").CompilerOptions} */
export const paraglideOptions = {
  project: "./project.inlang",
  outdir: "./src/lib/paraglide",
  strategy: ["cookie", "baseLocale"],
  cookieName: "lotse_locale",
  // One year, as the cookie the app writes itself.
  cookieMaxAge: 60 * 60 * 24 * 365,
  outputStructure: "message-modules",
  emitReadme: false,
  emitPrettierIgnore: false,
};
