// Sending the hour form (HourLogForm.svelte), loaded once the page is interactive rather than
// with it (lib/forms/lazy-enhance.ts): SvelteKit's enhance, the form's submit function and the
// check before sending, in one module, so they stay one chunk with the enhancing code that other
// pages load at once (one import of each would split that chunk, and every form page paid for it).
import { enhance } from "$app/forms";
import type { SubmitFunction } from "@sveltejs/kit";
import { focusFirstError } from "$lib/focus";
import { enhanced, type EnhanceOptions } from "$lib/forms/enhance";
import type { FormErrors } from "$lib/graphql/errors";
import { hourLogInput } from "./hour-log-form";

export { enhance };

/** Checks the duration before sending, in the units typed (the action checks the same without JavaScript): `refuse` shows its error; else enhanced() sends. */
export function hourLogSubmit(options: EnhanceOptions<Record<string, unknown>>, refuse: (errors: FormErrors) => void): SubmitFunction {
  const send = enhanced(options);
  return (input) => {
    const checked = hourLogInput(input.formData);
    if (!checked.ok) {
      input.cancel();
      refuse(checked.errors);
      void focusFirstError(input.formElement);
      return;
    }
    return send(input);
  };
}
