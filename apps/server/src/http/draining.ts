// Lets an HTTP server stop without cutting off an answer: after drain() it
// accepts no new connection, answers the requests already inside (a request
// that arrives on an open keep-alive connection is inside too, and its answer
// closes that connection), and resolves once every connection is gone or the
// grace period is over. Only then may the caller close the database: a write
// that committed has had its answer written by then.
import type { Server, ServerResponse } from "node:http";

export interface DrainResult {
  /** Requests still running when the grace period ended (their connections were cut). */
  unfinished: number;
}

export interface DrainableServer {
  readonly draining: boolean;
  drain(graceMs: number): Promise<DrainResult>;
}

export function makeDrainable(server: Server): DrainableServer {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let settle: (() => void) | null = null;

  // Registered before the app's own listener, so the header is set before any answer starts.
  server.prependListener("request", (_req, res) => {
    inFlight.add(res);
    if (draining) res.setHeader("connection", "close");
    res.on("close", () => {
      inFlight.delete(res);
      if (!draining) return;
      // A keep-alive connection whose answer was sent before drain() began is idle now.
      server.closeIdleConnections();
      if (inFlight.size === 0) settle?.();
    });
  });

  return {
    get draining() {
      return draining;
    },
    drain(graceMs) {
      draining = true;
      // Answers still to be sent end their keep-alive connection.
      for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // close() stops listening and ends idle keep-alive connections (Node ≥ 19).
      server.closeIdleConnections();
      const idle = inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (settle = resolve));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), graceMs);
      });
      return Promise.race([Promise.all([idle, closed]), timeout]).then((outcome) => {
        clearTimeout(timer);
        if (outcome !== "timeout") return { unfinished: 0 };
        const unfinished = inFlight.size;
        server.closeAllConnections();
        return { unfinished };
      });
    },
  };
}
