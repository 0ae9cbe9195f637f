// Talks to the Lotse API with the web app's own operations, by name, over
// HTTP: what a browser sends. Two ways to send them, one client:
//   persisted  - the hash only, as the web app does (the production API runs nothing else);
//   documents  - the operation's text from the same manifest (the API tests' in-process app).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";
import { BUSY_ATTEMPTS, isMomentarilyBusy, type RetryableError } from "@lotse/domain/busy";

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(require.resolve("@lotse/schema/persisted-documents.json"), "utf8")) as Record<string, string>;

/** The manifest entry (hash and document) of one of the web app's operations. */
export function webOperation(operationName: string): { hash: string; document: string } {
  // A document starts with its operation or with the fragments it spreads.
  const entry = Object.entries(manifest).find(([, doc]) => new RegExp(`(^|\\} )(query|mutation) ${operationName}\\b`).test(doc));
  if (!entry) throw new Error(`${operationName} is not in the web app's persisted operations`);
  return { hash: entry[0], document: entry[1] };
}

/** Sends one POST /graphql; the caller's fetch decides where it goes. */
export type GraphqlFetch = (init: RequestInit) => Promise<Response>;

export type OperationStyle = "persisted" | "documents";

export class ApiSession {
  cookie = "";

  constructor(
    private readonly send: GraphqlFetch,
    private readonly style: OperationStyle = "persisted",
  ) {}

  async run<T = Record<string, unknown>>(operationName: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { hash, document } = webOperation(operationName);
    const body =
      this.style === "persisted"
        ? { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
        : { operationName, variables, query: document };
    const response = await this.send({
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify(body),
    });
    for (const c of response.headers.getSetCookie()) {
      const pair = c.split(";")[0]!;
      if (pair.startsWith("lotse_session=")) this.cookie = pair;
    }
    const result = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!result.data) throw new Error(`${operationName}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** Runs a mutation and returns its success data; a typed error fails with its message. */
  async mutate<T = unknown>(operationName: string, variables: Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const data = await this.run<Record<string, { __typename: string; data?: T; message?: string } & RetryableError>>(operationName, variables);
      const result = Object.values(data)[0]!;
      if (result.__typename.endsWith("Success")) return result.data as T;
      // Like the web app's forms: a momentary "try again in a second" is asked again (@lotse/domain/busy).
      if (isMomentarilyBusy(result) && attempt < BUSY_ATTEMPTS) {
        await sleep(result.retryAfterSeconds! * 1000);
        continue;
      }
      throw new Error(`${operationName}: ${JSON.stringify(result)}`);
    }
  }

  /** Signs in through the SignIn operation; the session keeps the cookie. */
  async signIn(email: string, password: string): Promise<this> {
    await this.mutate("SignIn", { input: { email, password } });
    return this;
  }
}

/** A session against a running web app's /graphql (the browser tests). */
export const webSession = (webUrl: string) => new ApiSession((init) => fetch(`${webUrl}/graphql`, init), "persisted");
