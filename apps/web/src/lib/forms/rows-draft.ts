// Adding or removing a row of a list form (guardians, languages, weekly
// hours) without JavaScript: the row buttons are submit buttons posting the
// whole form to the page's `draft` action (`formaction`), named
// `addRow=<list>` or `removeRow=<list>.<index>`. The action hands back what
// was typed and the change; the page renders the form again from it, with one
// row more or less and every typed value kept. With JavaScript the buttons
// change the rows in place and nothing is sent.
import type { RequestEvent } from "@sveltejs/kit";
import { echo, text } from "./form-data";

export interface RowsDraft {
  /** Everything typed (as echo gives it). */
  values: Record<string, string>;
  /** The list that gets one blank row more. */
  add: string | null;
  /** The row removed, as list and index. */
  remove: { list: string; index: number } | null;
}

/** The row change a posted form asks for (see the buttons above). */
export function rowsDraft(form: FormData): RowsDraft {
  const add = text(form, "addRow") || null;
  const match = /^(.+)\.(\d+)$/.exec(text(form, "removeRow"));
  return { values: echo(form, ["addRow", "removeRow"]), add, remove: match ? { list: match[1]!, index: Number(match[2]) } : null };
}

/** The page's `draft` action: nothing is saved, the typed form comes back with its change. */
export async function draftAction(event: Pick<RequestEvent, "request">): Promise<{ draft: RowsDraft }> {
  return { draft: rowsDraft(await event.request.formData()) };
}

/** The draft a page's `form` carries, if the last post was a row change. */
export function draftOf(form: unknown): RowsDraft | null {
  const answer = form as { draft?: RowsDraft } | null | undefined;
  return answer && typeof answer === "object" && answer.draft && typeof answer.draft === "object" ? answer.draft : null;
}

/** A list's rows after the draft's change: the one removed, or a blank one added at the end. */
export function changedRows<T>(list: string, rows: readonly T[], draft: RowsDraft | null, blank: () => T): T[] {
  const changed = [...rows];
  if (draft?.remove?.list === list && draft.remove.index < changed.length) changed.splice(draft.remove.index, 1);
  if (draft?.add === list) changed.push(blank());
  return changed;
}
