// Turning the API's typed mutation results into what a form shows: messages
// next to the fields the API names (`field`, `issues[].field`) and the rest at
// the top of the form. The API already words its messages in the user's
// language; transport failures get our own wording.
import { BUSY_ATTEMPTS, isMomentarilyBusy } from "@lotse/domain/busy";
import type { AnyVariables, CombinedError, TypedDocumentNode } from "@urql/core";
import type { BrowserClient } from "./browser";
import type { Message } from "$lib/i18n";
import type { Refusal } from "$lib/forms/action";
import { m } from "$lib/paraglide/messages.js";

/** The parts of `...MutationErrorFields` (fragments.ts) and `... on TooManyAttemptsError` we select. */
export interface ApiErrorPayload {
  __typename: string;
  code?: string;
  message?: string;
  field?: string | null;
  issues?: ReadonlyArray<{ field: string; message: string }>;
  retryAfterSeconds?: number;
}

export interface FormErrors {
  /** Messages for the top of the form (not tied to one of its fields). */
  form: string[];
  /** Messages by the form's own field names. */
  fields: Record<string, string>;
  /** The API's ErrorCode, when the API answered with a typed error. */
  code?: string;
  retryAfterSeconds?: number;
}

export const noErrors = (): FormErrors => ({ form: [], fields: {} });

/**
 * The refusal meant for one form of the page (`form` as SvelteKit passes it to
 * the page): its errors, or none. `name` picks among several forms; without it
 * any refusal counts. Here, with the shell that every page loads, rather than in
 * lib/forms/enhance.ts: a form whose sending code loads later (lib/forms/lazy-enhance.ts)
 * renders with it before that.
 */
export function formOf(form: unknown, name?: string): { errors: FormErrors; values: Record<string, string> } {
  const refusal = form as Partial<Refusal> | null | undefined;
  if (!refusal || typeof refusal !== "object" || !refusal.errors) return { errors: noErrors(), values: {} };
  if (name !== undefined && refusal.form !== name) return { errors: noErrors(), values: {} };
  return { errors: refusal.errors, values: refusal.values ?? {} };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * Maps an API field path to one of the form's field names: the longest tail
 * of the path the form knows, so a nested input's row keeps its place
 * (`input.guardians.0.name` -> `guardians.0.name`, `input.email` -> `email`).
 * Null when the form has no such field.
 */
export function matchField(field: string | null | undefined, known: readonly string[]): string | null {
  if (!field) return null;
  const parts = field.split(".");
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join(".");
    if (known.includes(tail)) return tail;
  }
  return null;
}

export function formErrorsFromPayload(
  payload: ApiErrorPayload,
  known: readonly string[],
  fallbackMessage: string,
): FormErrors {
  const errors: FormErrors = { form: [], fields: {}, code: payload.code };
  if (typeof payload.retryAfterSeconds === "number") errors.retryAfterSeconds = payload.retryAfterSeconds;
  const message = payload.message?.trim() || fallbackMessage;
  const issues = payload.issues ?? [];
  if (issues.length > 0) {
    for (const issue of issues) {
      const name = matchField(issue.field, known);
      if (name) {
        // One message per field: the first issue the API lists.
        errors.fields[name] ??= issue.message;
      } else if (!errors.form.includes(issue.message)) {
        errors.form.push(issue.message);
      }
    }
    // The summary ("please check the marked fields") goes on top when fields are marked.
    if (Object.keys(errors.fields).length > 0 && !errors.form.includes(message)) errors.form.unshift(message);
    return errors;
  }
  const name = matchField(payload.field, known);
  if (name) errors.fields[name] = message;
  else errors.form.push(message);
  return errors;
}

export function formErrorsFromTransport(error: CombinedError | undefined): FormErrors {
  const status = (error?.response as { status?: number } | undefined)?.status ?? 0;
  const unreachable = !!error?.networkError || status === 502 || status === 503 || status === 504;
  const message = unreachable ? m.error_network() : m.error_generic();
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return { form: [message], fields: {}, code: typeof code === "string" ? code : undefined };
}

type Payload<D> = D[keyof D];
type SuccessData<P> = P extends { __typename: `${string}Success`; data: infer X } ? X : never;

export type MutationOutcome<D> =
  | { ok: true; data: SuccessData<Payload<D>> }
  | { ok: false; errors: FormErrors };

/**
 * Runs a mutation whose single root field returns `<Name>Success | Error…`
 * and sorts the answer into success data or form errors.
 */
export async function runMutation<D extends object, V extends AnyVariables>(
  client: Pick<BrowserClient, "mutation">,
  document: TypedDocumentNode<D, V>,
  variables: V,
  options: {
    fields?: readonly string[];
    /** How to wait before asking again when the API is momentarily busy (tests pass their own). */
    wait?: (ms: number) => Promise<void>;
  } = {},
): Promise<MutationOutcome<D>> {
  const fields = options.fields ?? [];
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    let result;
    try {
      result = await client.mutation(document, variables).toPromise();
    } catch {
      return { ok: false, errors: { form: [m.error_network()], fields: {} } };
    }
    const payload = result.data ? (Object.values(result.data)[0] as ApiErrorPayload | undefined) : undefined;
    if (!payload || typeof payload.__typename !== "string") {
      return { ok: false, errors: formErrorsFromTransport(result.error) };
    }
    if (payload.__typename.endsWith("Success")) {
      return { ok: true, data: (payload as unknown as { data: SuccessData<Payload<D>> }).data };
    }
    // The API asked for a moment's patience (@lotse/domain/busy): ask again before showing it.
    if (isMomentarilyBusy(payload) && attempt < BUSY_ATTEMPTS) {
      await wait(payload.retryAfterSeconds! * 1000);
      continue;
    }
    return { ok: false, errors: formErrorsFromPayload(payload, fields, m.error_generic()) };
  }
}

/** Errors a form found itself before asking the API: one summary line and a message per field. */
export function formCheckErrors(problems: Record<string, Message>): FormErrors {
  return { form: [m.common_checkFields()], fields: Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, key()])) };
}
