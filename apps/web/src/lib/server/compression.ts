// Compresses the web app's own answers: the rendered pages, SvelteKit's __data.json and the
// proxied GraphQL answers. adapter-node serves the built assets (/_app/…) precompressed
// (.br, .gz) but sends what the app renders as it is: a signed-in page's HTML carries the
// page's data, several times smaller with Brotli or gzip. Brotli when the browser takes it,
// else gzip; each chunk is flushed as it comes, so a streamed page still streams.
import { Readable, Transform } from "node:stream";
import { constants, createBrotliCompress, createGzip } from "node:zlib";

const COMPRESSIBLE = /^(text\/html|application\/json|application\/graphql-response\+json)\b/;
/** Below this the headers cost about as much as the bytes saved. */
const MIN_BYTES = 1024;

export function withCompression(request: Request, response: Response): Response {
  if (!response.body || request.method === "HEAD" || response.status === 204 || response.status === 304) return response;
  const headers = response.headers;
  if (headers.has("content-encoding") || !COMPRESSIBLE.test(headers.get("content-type") ?? "")) return response;
  const length = Number(headers.get("content-length") ?? Number.NaN);
  if (length < MIN_BYTES) return response;
  const encoding = chooseEncoding(request.headers.get("accept-encoding") ?? "");
  if (!encoding) return response;

  const compressor: Transform =
    encoding === "br"
      ? createBrotliCompress({
          flush: constants.BROTLI_OPERATION_FLUSH,
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
        })
      : createGzip({ flush: constants.Z_SYNC_FLUSH, level: 6 });
  const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(compressor);
  const compressed = new Headers(headers);
  compressed.delete("content-length");
  compressed.set("content-encoding", encoding);
  compressed.append("vary", "Accept-Encoding");
  return new Response(Readable.toWeb(body) as ReadableStream, { status: response.status, statusText: response.statusText, headers: compressed });
}

/** "br" or "gzip" when the Accept-Encoding header takes it (q > 0), Brotli first. */
export function chooseEncoding(acceptEncoding: string): "br" | "gzip" | null {
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const takes = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (takes("br")) return "br";
  if (takes("gzip")) return "gzip";
  return null;
}
