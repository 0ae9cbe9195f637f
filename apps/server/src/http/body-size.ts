// The request body's size limit, as graphql-yoga's own (maxRequestBodySize,
// 25 MB by default) with the same answers, but without its cost where it
// guards nothing: yoga pipes every POST body through a TransformStream that
// counts the bytes (a stream, a pipeline and an AbortSignal per request, a
// measurable part of a small request). A request that Node's HTTP server
// parsed with a valid Content-Length cannot carry more than that many bytes
// (its parser reads exactly that many and refuses a Content-Length beside a
// Transfer-Encoding), so a Content-Length within the limit is the check; a body
// without one (chunked), or a request that did not come through node:http (an
// in-process `app.fetch`, whose headers nobody checked), is counted as yoga
// counts it.
import { createGraphQLError, type Plugin } from "graphql-yoga";
import type { PeerContext } from "./client-address.ts";

export const MAX_REQUEST_BODY_BYTES = 25_000_000;

const tooLarge = () =>
  createGraphQLError("Request body too large", { extensions: { http: { status: 413 }, code: "REQUEST_ENTITY_TOO_LARGE" } });
const invalidLength = () =>
  createGraphQLError("Content-Length header is invalid.", { extensions: { http: { status: 400 }, code: "BAD_REQUEST" } });

// Only a single non-negative integer is a valid Content-Length (as yoga has it).
const CONTENT_LENGTH = /^\d+$/;

/** The body of `request` as a stream that fails once more than `limit` bytes came (yoga's limitRequestBodySize). */
function counted(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  const body = request.body;
  if (!body) return request;
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const limited = body.pipeThrough(
    new Transform({
      transform(chunk: Uint8Array, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) {
          controller.error(tooLarge());
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: limited, duplex: "half" } as RequestInit);
}

/** Replaces yoga's limit (createYoga `maxRequestBodySize: false`); must come after every plugin that sets a request parser. */
export function useBodySizeLimit(limit = MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, serverContext, fetchAPI }) {
      const contentLength = request.headers.get("content-length");
      if (contentLength != null) {
        if (!CONTENT_LENGTH.test(contentLength)) throw invalidLength();
        if (Number(contentLength) > limit) throw tooLarge();
        // Parsed by node:http against this very header: the body holds no more than it says.
        if ((serverContext as unknown as PeerContext).req?.socket) return;
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => parse(counted(req, limit, fetchAPI as never)));
    },
  };
}
