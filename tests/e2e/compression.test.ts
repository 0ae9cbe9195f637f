// What the production web server sends goes over the wire compressed when the browser
// takes it: the rendered pages (hooks.server.ts, lib/server/compression.ts) and the
// built JavaScript and CSS (adapter-node's precompressed .br/.gz files). Read with
// node:http, which (unlike fetch) hands over the bytes as they came.
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { demo } from "@lotse/testing/factories";
import { webSession } from "@lotse/testing/operations";
import { webUrl } from "../support/lotse.ts";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

function get(pathname: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(pathname, webUrl), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const decoded = (answer: RawAnswer) =>
  (answer.headers["content-encoding"] === "br" ? brotliDecompressSync(answer.bytes) : answer.headers["content-encoding"] === "gzip" ? gunzipSync(answer.bytes) : answer.bytes).toString();

describe("compressed answers", () => {
  it("sends the sign-in page Brotli-compressed, gzip to a browser without Brotli, plain to one that takes neither", async () => {
    const br = await get("/login", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    const html = decoded(br);
    expect(html).toContain("</html>");
    expect(br.bytes.length).toBeLessThan(html.length / 2);

    const gzip = await get("/login", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(decoded(gzip)).toContain("</html>");

    const plain = await get("/login", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.bytes.toString()).toContain("</html>");
  });

  it("sends a signed-in page and the page's JavaScript and CSS compressed", async () => {
    const session = await webSession(webUrl).signIn(demo.volunteer, demo.password);
    const page = await get("/ehrenamt", { "accept-encoding": "br, gzip", cookie: session.cookie });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBe("br");
    const html = decoded(page);
    // SvelteKit names a rendered page's modules in the Link header (modulepreload) and its start
    // script in an inline import(); the page's stylesheets are inside the HTML (kit.inlineStyleThreshold),
    // and the same files are loaded by the client on a navigation: its scripts name them.
    expect(html).toMatch(/<style[^>]*>[\s\S]*\.site-header[\s\S]*<\/style>/);
    const link = String(page.headers.link ?? "");
    const named = [...link.matchAll(/<([^>]+\.js)>/g), ...html.matchAll(/(?:href="|import\(")([^"]*\/_app\/immutable\/[^"]+\.(?:js|css))"/g)];
    const assets = named.map((m) => new URL(decodeURI(m[1]!), `${webUrl}/ehrenamt`).pathname);
    expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
    // Each file Brotli-compressed; all together much smaller than as they are (a tiny one may not be).
    let sent = 0;
    let plain = 0;
    const stylesheets = new Set<string>();
    for (const asset of new Set(assets)) {
      const answer = await get(asset, { "accept-encoding": "br, gzip" });
      expect(answer.status, asset).toBe(200);
      expect(answer.headers["content-encoding"], asset).toBe("br");
      sent += answer.bytes.length;
      plain += decoded(answer).length;
      for (const css of decoded(answer).matchAll(/["']((?:\.\.?\/)+assets\/[^"']+\.css)["']/g)) stylesheets.add(new URL(css[1]!, `${webUrl}${asset}`).pathname);
    }
    expect(stylesheets.size).toBeGreaterThan(0);
    for (const asset of stylesheets) {
      const answer = await get(asset, { "accept-encoding": "br, gzip" });
      expect(answer.status, asset).toBe(200);
      expect(answer.headers["content-encoding"], asset).toBe("br");
      sent += answer.bytes.length;
      plain += decoded(answer).length;
    }
    expect(sent).toBeLessThan(plain / 2);
  });
});
