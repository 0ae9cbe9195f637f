// Adding or removing a row of a list (languages, family members, guardians, weekly hours, …) without
// JavaScript: the row's button posts the whole form to the page's `draft`
// action (`formaction`), which hands everything typed back with the change;
// the page renders the form again from it. With JavaScript the button's click
// changes the list in the page and nothing is sent. Rows are posted as
// `<list>.<index>.<field>` (see form-data.ts: rows).
import type { RequestEvent } from "@sveltejs/kit";
import { echo } from "./form-data";

/** The button that adds a row: its value names the list. */
export const ADD_ROW = "addRow";
/** The button that removes a row: its value is `<list>.<index>`. */
export const REMOVE_ROW = "removeRow";

export interface RowDraft {
  /** The form's name when a page has several (matches `formOf`). */
  form?: string;
  /** Everything typed (as echo keeps it: never a password). */
  values: Record<string, string>;
  /** The list to add a row to. */
  add: string | null;
  /** The row to remove. */
  remove: { list: string; index: number } | null;
}

/** The `draft` action's answer: what was typed and the change asked for. */
export function rowDraft(form: FormData, name?: string): { rowDraft: RowDraft } {
  const add = form.get(ADD_ROW);
  const remove = String(form.get(REMOVE_ROW) ?? "").match(/^([A-Za-z]+)\.(\d+)$/);
  const draft: RowDraft = {
    values: echo(form, [ADD_ROW, REMOVE_ROW]),
    add: typeof add === "string" && /^[A-Za-z]+$/.test(add) ? add : null,
    remove: remove ? { list: remove[1]!, index: Number(remove[2]) } : null,
  };
  if (name) draft.form = name;
  return { rowDraft: draft };
}

/** The `draft` action of a page with one such form. */
export async function draftAction(event: Pick<RequestEvent, "request">): Promise<{ rowDraft: RowDraft }> {
  return rowDraft(await event.request.formData());
}

/** The draft meant for one form of the page (`form` as SvelteKit passes it), or null. */
export function rowDraftOf(form: unknown, name?: string): RowDraft | null {
  const draft = (form as { rowDraft?: RowDraft } | null | undefined)?.rowDraft;
  if (!draft || typeof draft !== "object") return null;
  return draft.form === name ? draft : null;
}

/**
 * A list's rows after the draft's change: the one removed, or a blank one added at the end.
 * Keyed rows (objects with a `key`) read back from a posted form have the keys -1, -2, … (their
 * position); an added one gets the next, so the page can point at it (`#…-<key>-…`) before it is
 * sent. Rows without a key (plain values) are added as `blank` makes them.
 */
export function changedRows<T>(rows: readonly T[], list: string, draft: RowDraft | null, blank: () => T): T[] {
  let out = [...rows];
  if (draft?.remove?.list === list && draft.remove.index < out.length) out.splice(draft.remove.index, 1);
  if (draft?.add === list) {
    const row = blank();
    out = [...out, row !== null && typeof row === "object" && "key" in row ? { ...row, key: addedRowKey(out) } : row];
  }
  return out;
}

/** The key a row added to `rows` without JavaScript will have (see changedRows). */
export const addedRowKey = (rows: readonly unknown[]): number => -(rows.length + 1);

/**
 * Errors by field name after row `removed` of `list` is gone (with JavaScript, where the page is
 * not rendered again): that row's dropped, later rows' moved up, so messages stay next to their
 * row. Fields of keyed rows are `<list>.<index>.<field>`, rows of plain values `<list>.<index>`.
 */
export function shiftRowErrors(fields: Record<string, string>, list: string, removed: number): Record<string, string> {
  const out: Record<string, string> = {};
  const pattern = new RegExp(`^${list}\\.(\\d+)(\\..+)?$`);
  for (const [name, message] of Object.entries(fields)) {
    const match = name.match(pattern);
    if (!match) {
      out[name] = message;
      continue;
    }
    const index = Number(match[1]);
    if (index === removed) continue;
    out[index > removed ? `${list}.${index - 1}${match[2] ?? ""}` : name] = message;
  }
  return out;
}
