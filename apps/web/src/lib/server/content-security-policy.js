// The pages' Content-Security-Policy, read by svelte.config.js (kit.csp) and
// by the header test. Plain JavaScript because svelte.config.js loads it
// before any TypeScript tooling runs.
//
// script-src/style-src list only 'self': SvelteKit adds the per-response nonce
// (or hash) of the inline start-up script itself. Without 'unsafe-inline' no
// style attribute in the markup applies either (but SvelteKit's own, below):
// components style through classes, and Svelte's style: directive sets element
// styles through the CSSOM, which CSP allows.

/**
 * The one style attribute SvelteKit itself renders: the visually hidden route
 * announcer (#svelte-announcer, in SvelteKit's generated root component; its
 * CSP clash is sveltejs/kit#11993). Allowed by the hash of exactly that value
 * ('unsafe-hashes' lets a hash match an attribute), so no other style
 * attribute applies. A test recomputes it from SvelteKit's source.
 */
export const ANNOUNCER_STYLE_HASH = "sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=";

/** @satisfies {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} */
export const contentSecurityPolicy = {
  "default-src": ["self"],
  "script-src": ["self"],
  "style-src": ["self"],
  "style-src-attr": ["unsafe-hashes", ANNOUNCER_STYLE_HASH],
  "img-src": ["self"],
  "font-src": ["self"],
  "connect-src": ["self"],
  "object-src": ["none"],
  "base-uri": ["self"],
  "form-action": ["self"],
  // Never inside a frame of another site (clickjacking); a header-only
  // directive, which is why the policy is sent as a header, not a <meta>.
  "frame-ancestors": ["none"],
};
