// `use:lazyEnhance={load}`: SvelteKit's `use:enhance`, with the enhancing code (SvelteKit's
// enhance, the form's submit function and what it checks before sending) loaded once the page
// is idle after hydrating, not with the page's first load. A form sent before that is held
// until it has loaded and then sent the same way; if it cannot load, the form posts natively,
// as without JavaScript (the form action answers both). `load` brings SvelteKit's enhance with
// the submit function, from one module of the form's own (features/volunteers/hour-log-send.ts
// says why one).
import type { enhance as Enhance } from "$app/forms";
import type { SubmitFunction } from "@sveltejs/kit";

export function lazyEnhance(form: HTMLFormElement, load: () => Promise<{ enhance: typeof Enhance; submit: SubmitFunction }>) {
  let enhanced: { destroy(): void } | null = null;
  let failed = false;
  let destroyed = false;
  let loading: Promise<void> | null = null;
  const ready = () =>
    (loading ??= load().then(
      ({ enhance, submit }) => {
        if (!destroyed) enhanced = enhance(form, submit);
      },
      () => {
        failed = true;
      },
    ));
  // Registered before enhance's own listener: once that is there, this one lets the event through.
  const early = (event: SubmitEvent) => {
    if (enhanced || failed) return;
    event.preventDefault();
    const submitter = event.submitter;
    void ready().then(() => {
      if (!destroyed) form.requestSubmit(submitter);
    });
  };
  form.addEventListener("submit", early);
  let cancelIdle: () => void;
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(() => void ready(), { timeout: 2000 });
    cancelIdle = () => cancelIdleCallback(handle);
  } else {
    const handle = setTimeout(() => void ready(), 200);
    cancelIdle = () => clearTimeout(handle);
  }
  return {
    destroy() {
      destroyed = true;
      cancelIdle();
      form.removeEventListener("submit", early);
      enhanced?.destroy();
    },
  };
}
