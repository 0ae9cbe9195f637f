// After a refused submit: move focus to the first field marked invalid (its
// message is tied to it by aria-describedby), or bring the form's message into view.
import { tick } from "svelte";

export async function focusFirstError(container: HTMLElement | null | undefined): Promise<void> {
  await tick();
  if (!container) return;
  const invalid = container.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
    return;
  }
  container.querySelector<HTMLElement>(".alert")?.scrollIntoView({ block: "nearest" });
}

/** Focus an element by id once the DOM has caught up (after adding or removing a row). */
export async function focusById(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
