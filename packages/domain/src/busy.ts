// "Try again in a second": the API's hash gate turns an anonymous password
// hash away when many arrive at once (a public sign-up, setting a password by
// link). Nothing is stored by such a refusal, so a client may simply ask
// again; the web app's forms (and the test clients, which act like them) do
// so a few times before they show the refusal, instead of making the person
// press the button again. Longer waits (a spent per-address budget, counted
// in minutes) are shown to the person as they are.

/** The retry time the API sends with a momentary refusal. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

/** How often a client sends the same request in all when the API is momentarily busy. */
export const BUSY_ATTEMPTS = 4;

/** The typed error's fields a client selects (`... on TooManyAttemptsError { retryAfterSeconds }`). */
export interface RetryableError {
  code?: string;
  retryAfterSeconds?: number;
}

/** Whether the API asked for a moment's patience (and not for minutes). */
export function isMomentarilyBusy(error: RetryableError): boolean {
  return error.code === "TOO_MANY_ATTEMPTS" && error.retryAfterSeconds === BUSY_RETRY_AFTER_SECONDS;
}
