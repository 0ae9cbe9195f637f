// SIGTERM to the real API process in the middle of an eight-way stream of
// writes (a volunteer logging hours): the requests inside finish and get their
// answers, the process exits cleanly, and afterwards the database holds exactly
// the writes that were answered as successful, no more (a committed write whose
// answer was lost) and no fewer (an answered write that was not committed).
// Runs on a throwaway PostgreSQL database when TEST_DATABASE_URL is set, else
// on an embedded PGlite folder, as `npm start` would.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { newPGlite } from "../db/pglite.ts";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_SCRYPT } from "../config.ts";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../testing/throwaway-postgres.ts";
import { freePort } from "@lotse/testing/ports";

const serverRoot = path.resolve(import.meta.dirname, "../..");
const WRITERS = 8;
const NOTE_PREFIX = "shutdown-stream";

interface Outcome {
  note: string;
  sentBeforeSignal: boolean;
  /** "ok": answered with the new entry; "refused": answered with an error; "no answer": the connection failed. */
  result: "ok" | "refused" | "no answer";
  detail?: string;
}

describe("graceful shutdown of the API process", () => {
  let dataDir: string;
  let pgDatabase: ThrowawayDatabase | null = null;
  let api: ChildProcess;
  let baseUrl: string;
  let stderr = "";
  const exited = () =>
    new Promise<number | null>((resolve) => {
      if (api.exitCode !== null) resolve(api.exitCode);
      else api.once("exit", (code) => resolve(code));
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "lotse-shutdown-"));
    if (process.env.TEST_DATABASE_URL) pgDatabase = await createThrowawayDatabase(process.env.TEST_DATABASE_URL, "lotse_shutdown");
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: serverRoot,
      stdio: ["ignore", "ignore", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "development",
        DATABASE_URL: pgDatabase?.url ?? "",
        LOTSE_DATA_DIR: dataDir,
        MIGRATE_ON_START: "1",
        SEED_DEMO: "1",
        DEMO_DATA: "base",
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
        SHUTDOWN_GRACE_MS: "20000",
        OUTBOX_POLL_MS: "200",
        // The demo password hashed at the tests' cost, as in every other test database.
        ...TEST_SCRYPT,
      },
    });
    api.stderr!.on("data", (chunk) => (stderr += String(chunk)));
    for (let i = 0; ; i++) {
      if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode} before it was ready:\n${stderr}`);
      if (i > 400) throw new Error(`the API was not ready after 100 s:\n${stderr}`);
      try {
        if ((await fetch(`${baseUrl}/ready`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 150_000);

  afterAll(async () => {
    if (api && api.exitCode === null) {
      api.kill("SIGKILL");
      await exited();
    }
    await pgDatabase?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function graphql(query: string, variables: unknown, cookie = "") {
    return fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  }

  async function committedNotes(): Promise<string[]> {
    const sql = `SELECT note FROM "HourLog" WHERE note LIKE '${NOTE_PREFIX}%'`;
    if (pgDatabase) {
      const client = new pg.Client({ connectionString: pgDatabase.url });
      await client.connect();
      try {
        return (await client.query<{ note: string }>(sql)).rows.map((r) => r.note);
      } finally {
        await client.end();
      }
    }
    const db = newPGlite(path.join(dataDir, "pglite"));
    try {
      return (await db.query<{ note: string }>(sql)).rows.map((r) => r.note);
    } finally {
      await db.close();
    }
  }

  it("answers every write in progress at SIGTERM, exits, and no answered write is missing nor any committed write unanswered", async () => {
    const signIn = await graphql(`mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`, {
      input: { email: "lotse@oldenburg.example", password: "Lotse-Demo-2026!" },
    });
    expect(((await signIn.json()) as { data: { signIn: { __typename: string } } }).data.signIn.__typename).toBe("MutationSignInSuccess");
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const types = (await (await graphql(`query { activityTypes { id key } }`, {}, cookie)).json()) as { data: { activityTypes: { id: string; key: string }[] } };
    const activityTypeId = types.data.activityTypes.find((t) => t.key === "ESCORT")!.id;

    const outcomes: Outcome[] = [];
    let signalled = false;
    let stopWriting = false;
    let answered = 0;
    const inFlightAtSignal = new Set<string>();
    const inFlight = new Set<string>();

    async function writer(w: number) {
      for (let i = 0; !stopWriting; i++) {
        const note = `${NOTE_PREFIX}-${w}-${i}`;
        const sentBeforeSignal = !signalled;
        inFlight.add(note);
        try {
          const res = await graphql(
            `mutation($input: HourLogInput!) { logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { id } } ... on Error { code } } }`,
            { input: { date: "2026-01-15", minutes: 1, activityTypeId, note } },
            cookie,
          );
          const text = await res.text();
          const ok = res.ok && text.includes('"MutationLogHoursSuccess"');
          outcomes.push({ note, sentBeforeSignal, result: ok ? "ok" : "refused", detail: ok ? undefined : `${res.status} ${text.slice(0, 200)}` });
          if (ok) answered++;
        } catch (error) {
          outcomes.push({ note, sentBeforeSignal, result: "no answer", detail: String((error as Error).cause ?? error) });
          // The server no longer takes connections: this writer is done.
          if (signalled) return;
        } finally {
          inFlight.delete(note);
        }
      }
    }

    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    // Let the stream run, then signal while all eight writers wait for an answer.
    while (answered < 40) await new Promise((r) => setTimeout(r, 5));
    while (inFlight.size < WRITERS) await new Promise((r) => setImmediate(r));
    for (const note of inFlight) inFlightAtSignal.add(note);
    signalled = true;
    api.kill("SIGTERM");
    const exitCode = await exited();
    stopWriting = true;
    await Promise.all(writers);

    expect(exitCode, stderr).toBe(0);
    // The requests inside at the signal were answered, successfully.
    const atSignal = outcomes.filter((o) => inFlightAtSignal.has(o.note));
    expect(atSignal).toHaveLength(WRITERS);
    expect(atSignal.filter((o) => o.result !== "ok")).toEqual([]);
    // Nothing else went wrong than the server refusing connections after the signal.
    expect(outcomes.filter((o) => o.result === "refused")).toEqual([]);
    expect(outcomes.filter((o) => o.result === "no answer" && o.sentBeforeSignal)).toEqual([]);

    const committed = (await committedNotes()).sort();
    const acknowledged = outcomes.filter((o) => o.result === "ok").map((o) => o.note).sort();
    expect(committed).toEqual(acknowledged);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40 + WRITERS);
  }, 120_000);
});
