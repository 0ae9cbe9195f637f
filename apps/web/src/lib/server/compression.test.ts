import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding, withCompression } from "./compression";

const html = `<!doctype html><html><body>${"<p>Ehrenamtlich mitmachen</p>".repeat(200)}</body></html>`;
const page = () => new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "content-length": String(html.length) } });
const request = (acceptEncoding: string) => new Request("http://localhost/ehrenamt", { headers: { "accept-encoding": acceptEncoding } });

describe("withCompression", () => {
  it("sends a page Brotli-compressed when the browser takes it, gzip otherwise", async () => {
    const br = withCompression(request("gzip, deflate, br, zstd"), page());
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("content-length")).toBeNull();
    expect(br.headers.get("vary")).toContain("Accept-Encoding");
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(html.length / 10);
    expect(brotliDecompressSync(brBytes).toString()).toBe(html);

    const gzip = withCompression(request("gzip, deflate"), page());
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(html);
  });

  it("leaves alone what the browser cannot take, small answers, downloads and compressed ones", async () => {
    expect(withCompression(request("identity"), page()).headers.get("content-encoding")).toBeNull();
    const small = new Response("<p>ok</p>", { headers: { "content-type": "text/html", "content-length": "9" } });
    expect(withCompression(request("br"), small)).toBe(small);
    const pdf = new Response(html, { headers: { "content-type": "application/pdf" } });
    expect(withCompression(request("br"), pdf)).toBe(pdf);
    const done = new Response(html, { headers: { "content-type": "text/html", "content-encoding": "gzip" } });
    expect(withCompression(request("br"), done)).toBe(done);
  });
});

describe("chooseEncoding", () => {
  it("prefers Brotli, honours q=0 and *", () => {
    expect(chooseEncoding("gzip, br")).toBe("br");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("br;q=0, *;q=0")).toBeNull();
    expect(chooseEncoding("")).toBeNull();
  });
});
