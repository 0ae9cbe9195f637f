// A GraphQL subscription as a browser opens it against graphql-yoga: a POST
// with `Accept: text/event-stream`, read as server-sent events ("next" events
// carry the results). Tests wait for the next result or check that none came.
export interface SseSubscription<T> {
  /** The next result's data; fails after `timeoutMs` without one. */
  next(timeoutMs?: number): Promise<T>;
  /** Results that arrived and were not taken yet. */
  pending(): T[];
  close(): Promise<void>;
}

type Fetch = (path: string, init: RequestInit) => Promise<Response>;

/** `operation`: the document's text, or the hash of a persisted document (as the web app sends it). */
export async function openSubscription<T>(
  fetch: Fetch,
  cookie: string,
  operation: string | { persistedHash: string },
  variables: Record<string, unknown> = {},
): Promise<SseSubscription<T>> {
  const body =
    typeof operation === "string"
      ? { query: operation, variables }
      : { variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.persistedHash } } };
  const controller = new AbortController();
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", cookie },
    body: JSON.stringify(body),
    signal: controller.signal,
  });
  if (!response.ok || !response.headers.get("content-type")?.startsWith("text/event-stream")) {
    throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  }
  const results: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  const errors: Error[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = block
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trimStart())
            .join("\n");
          if (event !== "next" || !data) continue;
          const payload = JSON.parse(data) as { data?: T; errors?: unknown[] };
          if (payload.errors) errors.push(new Error(JSON.stringify(payload.errors)));
          else if (payload.data) {
            const waiter = waiters.shift();
            if (waiter) waiter(payload.data);
            else results.push(payload.data);
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    next(timeoutMs = 5_000) {
      if (errors.length) return Promise.reject(errors.shift()!);
      if (results.length) return Promise.resolve(results.shift()!);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(done), 1);
          reject(new Error(`no subscription result within ${timeoutMs} ms${errors.length ? `: ${errors[0]!.message}` : ""}`));
        }, timeoutMs);
        const done = (value: T) => {
          clearTimeout(timer);
          resolve(value);
        };
        waiters.push(done);
      });
    },
    pending: () => results.splice(0),
    async close() {
      controller.abort();
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}
