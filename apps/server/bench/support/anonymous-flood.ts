// Anonymous clients looping the two mutations that can cost a password hash:
// resetPassword with a bogus link (random, of the right shape, so it is looked
// up and counted like a real one) and registerVolunteer with a fresh address.
// They run in a worker thread, so their own request work (building bodies,
// reading answers) does not sit on the API's event loop and skew the figure
// being measured: only what the API does for them counts.
import { Worker } from "node:worker_threads";

export interface FloodOptions {
  base: string;
  clients: number;
  /** "many": each request from another address (X-Forwarded-For through the trusted proxy); "one": all from one address. */
  addresses: "many" | "one";
  /** Distinguishes the sign-up addresses of several floods in one run. */
  runId: string;
}

export interface FloodResult {
  requests: number;
  /** Answers by __typename of the mutation's result (or "HTTP <status>" / "network error"). */
  answers: Record<string, number>;
}

// Plain JavaScript: a worker started from a string needs no TypeScript loader.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { randomBytes } = require("node:crypto");
const { base, clients, addresses, runId } = workerData;
const RESET = "mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename } }";
const REGISTER = "mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename } }";
const answers = {};
let requests = 0;
let running = true;
let sequence = 0;
const count = (key) => { answers[key] = (answers[key] ?? 0) + 1; };
function address() {
  if (addresses === "one") return "203.0.113.7";
  const n = ++sequence;
  return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
}
async function send(field, query, variables) {
  try {
    const res = await fetch(base + "/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1", "x-forwarded-for": address() },
      body: JSON.stringify({ query, variables }),
    });
    const json = await res.json();
    count(res.status === 200 ? (json.data && json.data[field] ? json.data[field].__typename : "GraphQL error") : "HTTP " + res.status);
  } catch {
    count("network error");
  }
  requests++;
}
async function client(id) {
  let i = 0;
  while (running) {
    i++;
    await send("resetPassword", RESET, { token: randomBytes(32).toString("base64url"), password: "Ein-sehr-gutes-Passwort" });
    if (!running) break;
    await send("registerVolunteer", REGISTER, { input: {
      organizationSlug: "oldenburg", name: "Flut", email: "flood-" + runId + "-" + id + "-" + i + "@example.org",
      password: "Ehrenamt-macht-Freude", germanLevel: "B2", languages: [], topicIds: [], availability: [],
      maxTandems: 1, offersInterpreting: false, consent: true, consentVersion: 1,
    } });
  }
}
const loops = Array.from({ length: clients }, (_, id) => client(id));
parentPort.on("message", async () => {
  running = false;
  await Promise.all(loops);
  parentPort.postMessage({ requests, answers });
});
`;

/** Starts the flood; `stop()` lets each client finish its request and returns what they got. */
export function startFlood(options: FloodOptions): { stop(): Promise<FloodResult> } {
  const worker = new Worker(WORKER, { eval: true, workerData: options });
  return {
    stop: () =>
      new Promise<FloodResult>((resolve, reject) => {
        worker.once("message", (result: FloodResult) => {
          void worker.terminate();
          resolve(result);
        });
        worker.once("error", reject);
        worker.postMessage("stop");
      }),
  };
}
