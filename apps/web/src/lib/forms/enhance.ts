// The browser half of a form action: `use:enhance={enhanced(...)}` keeps the
// page (no reload), shows the action's errors beside the fields and moves focus
// to the first one, or shows the success and reloads the page's data. Without
// JavaScript the same form posts natively and the page renders the same result
// from `form` (see formOf). A failed connection is shown at the form, with
// everything typed kept.
import { applyAction } from "$app/forms";
import type { SubmitFunction } from "@sveltejs/kit";
import { focusFirstError } from "$lib/focus";
import { m } from "$lib/paraglide/messages.js";
import { tick } from "svelte";
import type { Refusal } from "./action";

export interface EnhanceOptions<S> {
  /** Told true while the request runs and false after (a button may say "Saving…"). */
  pending?: (busy: boolean) => void;
  /** Empty the form after a success (a "create" form); default false. */
  reset?: boolean;
  /** After a success, with the action's data, once the page's data is reloaded. */
  onSuccess?: (data: S) => void | Promise<void>;
  /** The form's name when a page has several (the action's refusal carries it). */
  name?: string;
}

type AfterSubmit = Exclude<Awaited<ReturnType<SubmitFunction>>, void>;

/** Forms whose request is under way: a second press of the button sends nothing. */
const sending = new WeakSet<HTMLFormElement>();

export function enhanced<S = Record<string, unknown>>(options: EnhanceOptions<S> = {}): SubmitFunction {
  return ({ formElement, submitter, cancel }) => {
    if (sending.has(formElement)) {
      cancel();
      return;
    }
    sending.add(formElement);
    options.pending?.(true);
    const after: AfterSubmit = async ({ result, update }) => {
      sending.delete(formElement);
      options.pending?.(false);
      if (result.type === "error") {
        // The action could not be reached or threw: say so at the form, keep what was typed.
        const refusal: Refusal = { errors: { form: [m.error_network()], fields: {} }, values: {} };
        if (options.name) refusal.form = options.name;
        await applyAction({ type: "failure", status: 503, data: refusal as unknown as Record<string, unknown> });
        await focusFirstError(formElement);
        return;
      }
      await update({ reset: options.reset ?? false });
      if (result.type === "failure") {
        await focusFirstError(formElement);
      } else if (result.type === "success") {
        await tick();
        await options.onSuccess?.((result.data ?? {}) as S);
        regainFocus(submitter ?? formElement);
      }
    };
    return after;
  };
}

/**
 * After a success SvelteKit moves focus to the page's body, as a reload would: a keyboard or
 * screen-reader user starts again at the top of the page, away from the form and its message
 * (announced by its live region). Unless the page chose a place (onSuccess), focus returns to
 * the button that sent the form, or the form, when it is still there.
 */
function regainFocus(origin: HTMLElement | null) {
  const active = document.activeElement;
  if (active && active !== document.body) return;
  if (!origin?.isConnected) return;
  const target = origin instanceof HTMLFormElement ? origin.querySelector<HTMLElement>('button[type="submit"], button:not([type])') : origin;
  target?.focus();
}

// formOf lives with the shell's form errors (a page renders with it before any form is sent); here for the forms importing both.
export { formOf } from "$lib/graphql/errors";

/**
 * The address of a named action that keeps the page's own query (a link's
 * `?token=…`), so the page posted to without JavaScript still knows it.
 */
export function actionHref(url: URL, name: string): string {
  const query = new URLSearchParams([...url.searchParams].filter(([key]) => !key.startsWith("/")));
  const rest = query.toString();
  return `?/${name}${rest ? `&${rest}` : ""}`;
}
