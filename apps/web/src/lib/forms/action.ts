// Form actions that run one API mutation: the server half of every form. The
// page's form posts here (natively before JavaScript has loaded, or through
// `use:enhance` after); the action calls the API with the person's cookie
// (event.fetch goes through hooks.server.ts like the loads) and answers with
// the success data, or a failure carrying the form's errors and what was typed.
import { fail, type ActionFailure, type RequestEvent } from "@sveltejs/kit";
import type { AnyVariables, TypedDocumentNode } from "@urql/core";
import { createGraphqlClient } from "$lib/graphql/client";
import { runMutation, type FormErrors, type MutationOutcome } from "$lib/graphql/errors";
import { echo } from "./form-data";

/** What a refused form action returns: which form of the page, its errors, and the texts to show again. */
export interface Refusal {
  /** The form's name when a page has several (matches `formOf`); absent for the page's one form. */
  form?: string;
  errors: FormErrors;
  values: Record<string, string>;
}

/** Runs the mutation with the caller's session, as runMutation does in the browser. */
export function mutate<D extends object, V extends AnyVariables>(
  event: Pick<RequestEvent, "fetch">,
  document: TypedDocumentNode<D, V>,
  variables: V,
  fields: readonly string[] = [],
): Promise<MutationOutcome<D>> {
  return runMutation(createGraphqlClient(event.fetch), document, variables, { fields });
}

/**
 * Runs a query that answers like a mutation (a Success payload or an error
 * payload, e.g. a computation a form asks for), with the same error handling.
 */
export function ask<D extends object, V extends AnyVariables>(
  event: Pick<RequestEvent, "fetch">,
  document: TypedDocumentNode<D, V>,
  variables: V,
  fields: readonly string[] = [],
): Promise<MutationOutcome<D>> {
  const client = createGraphqlClient(event.fetch);
  return runMutation({ mutation: (query, vars) => client.query(query, vars) } as Pick<typeof client, "mutation">, document, variables, { fields });
}

/** The status of a refusal: 403 when the API said FORBIDDEN, 429 when it asked to wait, else 400. */
export const refusalStatus = (errors: FormErrors): number => (errors.code === "FORBIDDEN" ? 403 : errors.retryAfterSeconds ? 429 : 400);

/** The refusal of a form (status as refusalStatus says). */
export function refuse(errors: FormErrors, form: FormData, options: { name?: string; omit?: readonly string[] } = {}): ActionFailure<Refusal> {
  const status = refusalStatus(errors);
  const refusal: Refusal = { errors, values: echo(form, options.omit) };
  if (options.name) refusal.form = options.name;
  return fail(status, refusal);
}
