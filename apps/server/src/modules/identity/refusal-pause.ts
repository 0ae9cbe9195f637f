// Refusals of anonymous requests that could cost a password hash (a spent
// address budget, a full hash queue, a link that is not valid) are cheap, and
// that is the trouble: a client looping them gets its answer at once and asks
// again, as fast as the server can answer, and the API's one event loop then
// serves it instead of real sign-ins. Answering a refusal after a pause (a
// timer, no work) holds each looping client to about one request per pause.
// Mistakes a person makes in the form (a weak password, no consent) are
// answered at once.
import { setTimeout as sleep } from "node:timers/promises";
import { DomainError, TooManyAttemptsError } from "../../errors.ts";

function isRefusal(error: unknown): boolean {
  return error instanceof TooManyAttemptsError || (error instanceof DomainError && error.code === "INVALID_TOKEN");
}

/** Runs `work`; a refusal it throws is thrown after `pauseMs`. */
export async function refusalsAfterPause<T>(pauseMs: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (pauseMs > 0 && isRefusal(error)) await sleep(pauseMs);
    throw error;
  }
}
