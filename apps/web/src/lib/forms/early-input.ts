// What a person typed or chose before the page's script hydrated it, kept through hydration.
//
// Forms post without JavaScript, so they are usable from the server's HTML: on a slow phone a
// person picks a tandem or an activity before the script has run. Hydration then sets every
// bound or one-way field to the component's state (`bind:value` on a <select>, `value={…}`,
// `checked={…}`, an onMount that recalls the last choice), and the choice on screen is silently
// replaced by the default – and submitted. Svelte keeps a changed bound <input> itself, nothing
// else. So the root layout takes a snapshot of every field the person changed (its state differs
// from what the server rendered) just before the page hydrates, and after hydration puts each
// one back the way a person would: set it and fire `input` and `change`, so bound state, derived
// values and handlers see the choice as if it were made now.

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type State = string | boolean | string[];

interface Changed {
  field: Field;
  state: State;
}

const SKIPPED_TYPES = new Set(["hidden", "file", "submit", "button", "reset", "image"]);

function isCheckable(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio");
}

/** The field's state as the person sees it. */
function current(field: Field): State {
  if (isCheckable(field)) return field.checked;
  if (field instanceof HTMLSelectElement) return [...field.options].filter((o) => o.selected).map((o) => o.value);
  return field.value;
}

/** The field's state as the server rendered it (its default attributes). */
function rendered(field: Field): State {
  if (isCheckable(field)) return field.defaultChecked;
  if (field instanceof HTMLSelectElement) {
    const chosen = [...field.options].filter((o) => o.defaultSelected).map((o) => o.value);
    // A single select without a `selected` option shows its first one.
    if (chosen.length === 0 && !field.multiple && field.options.length > 0) return [field.options[0]!.value];
    return chosen;
  }
  return field.defaultValue;
}

function same(a: State, b: State): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

function apply(field: Field, state: State): void {
  if (isCheckable(field)) field.checked = state as boolean;
  else if (field instanceof HTMLSelectElement) {
    const values = state as string[];
    for (const option of field.options) option.selected = values.includes(option.value);
  } else field.value = state as string;
}

let hydrated = false;

/** Whether the first page of this visit has hydrated (components mounting later are built in the browser). */
export const pageHydrated = () => hydrated;

/** The fields the person changed so far; call before hydration. */
export function changedFields(root: ParentNode = document): Changed[] {
  const changed: Changed[] = [];
  for (const field of root.querySelectorAll<Field>("input, select, textarea")) {
    if (field instanceof HTMLInputElement && SKIPPED_TYPES.has(field.type)) continue;
    const state = current(field);
    if (!same(state, rendered(field))) changed.push({ field, state });
  }
  return changed;
}

/** Puts back what hydration overwrote, telling the page as a person's input would; the page has hydrated then. */
export function restoreFields(changed: readonly Changed[]): void {
  hydrated = true;
  for (const { field, state } of changed) {
    if (!field.isConnected || same(current(field), state)) continue;
    apply(field, state);
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }
}
