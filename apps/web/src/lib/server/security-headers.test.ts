import { describe, expect, it } from "vitest";
import svelteConfig from "../../../svelte.config.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ANNOUNCER_STYLE_HASH, contentSecurityPolicy } from "./content-security-policy.js";
import { FALLBACK_CSP, HSTS_VALUE, withSecurityHeaders } from "./security-headers";

describe("withSecurityHeaders", () => {
  it("adds nosniff, the referrer policy and refuses framing; keeps the page's own CSP", () => {
    const page = new Response("<html></html>", {
      headers: { "content-type": "text/html", "content-security-policy": "default-src 'self'; frame-ancestors 'none'" },
    });
    const headers = withSecurityHeaders(page, { hsts: false }).headers;
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("same-origin");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("content-security-policy")).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headers.get("strict-transport-security")).toBeNull();
  });

  it("gives answers without a CSP (proxied GraphQL, downloads) one that refuses framing", () => {
    const download = new Response("a;b", { headers: { "content-type": "text/csv" } });
    const headers = withSecurityHeaders(download, { hsts: false }).headers;
    expect(headers.get("content-security-policy")).toBe(FALLBACK_CSP);
    expect(FALLBACK_CSP).toContain("frame-ancestors 'none'");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("sends HSTS only when asked (production over HTTPS)", () => {
    const headers = withSecurityHeaders(new Response("x"), { hsts: true }).headers;
    expect(headers.get("strict-transport-security")).toBe(HSTS_VALUE);
    expect(HSTS_VALUE).toMatch(/^max-age=\d{7,}/);
  });

  it("copies a response whose headers are immutable and keeps status and body", async () => {
    const upstream = Response.redirect("http://web.example/login", 303);
    expect(() => upstream.headers.set("x-test", "1")).toThrow();
    const answered = withSecurityHeaders(upstream, { hsts: false });
    expect(answered.status).toBe(303);
    expect(answered.headers.get("location")).toBe("http://web.example/login");
    expect(answered.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("the pages' Content-Security-Policy", () => {
  it("is SvelteKit's kit.csp with nonces or hashes chosen automatically", () => {
    expect(svelteConfig.kit?.csp?.mode).toBe("auto");
    expect(svelteConfig.kit?.csp?.directives).toBe(contentSecurityPolicy);
  });

  it("allows scripts and styles only from this origin (plus SvelteKit's nonce), no plugins, no framing", () => {
    expect(contentSecurityPolicy["default-src"]).toEqual(["self"]);
    expect(contentSecurityPolicy["script-src"]).toEqual(["self"]);
    expect(contentSecurityPolicy["style-src"]).toEqual(["self"]);
    expect(contentSecurityPolicy["object-src"]).toEqual(["none"]);
    expect(contentSecurityPolicy["base-uri"]).toEqual(["self"]);
    expect(contentSecurityPolicy["frame-ancestors"]).toEqual(["none"]);
    for (const sources of Object.values(contentSecurityPolicy)) {
      expect(sources).not.toContain("unsafe-inline");
      expect(sources).not.toContain("unsafe-eval");
    }
  });

  it("lets exactly SvelteKit's route-announcer style attribute apply, by its hash", () => {
    // Recomputed from SvelteKit's source, so an upgrade that changes it fails here.
    const require = createRequire(import.meta.url);
    const kitRoot = require.resolve("@sveltejs/kit/package.json").replace(/package\.json$/, "");
    const source = readFileSync(`${kitRoot}src/core/sync/write_root.js`, "utf8");
    const style = source.match(/id="svelte-announcer"[^>]*style="([^"]+)"/)![1]!;
    expect(`sha256-${createHash("sha256").update(style).digest("base64")}`).toBe(ANNOUNCER_STYLE_HASH);
    expect(contentSecurityPolicy["style-src-attr"]).toEqual(["unsafe-hashes", ANNOUNCER_STYLE_HASH]);
  });
});
