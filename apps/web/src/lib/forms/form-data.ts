// Reading a submitted form (FormData) in a form action: the same values whether
// the browser posted it natively (before or without JavaScript) or through
// `use:enhance`. Rows of a list are named `<list>.<index>.<field>`.

/**
 * A posted text as typed: browsers send a textarea's line breaks as CRLF
 * (HTML form submission), which the API would otherwise store as they came,
 * so a text saved without JavaScript would differ from the same text saved with it.
 */
const lines = (value: string) => value.replace(/\r\n?/g, "\n");

/** A field's text, trimmed, with plain line breaks; "" when absent or a file. */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? lines(value).trim() : "";
}

/** A field's text exactly as typed (passwords: spaces count). */
export function raw(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** A field's trimmed text, or null when empty. */
export function optional(form: FormData, name: string): string | null {
  return text(form, name) || null;
}

/** A checkbox: ticked when the browser sent it at all (any value). */
export function checked(form: FormData, name: string): boolean {
  return form.has(name);
}

/** Every value of a field that may repeat (checkbox groups, multi-selects), trimmed, without empties. */
export function all(form: FormData, name: string): string[] {
  return form
    .getAll(name)
    .filter((v): v is string => typeof v === "string")
    .map((v) => lines(v).trim())
    .filter((v) => v !== "");
}

/** A whole number typed in a field; null when empty, NaN when not a number (the API names the error). */
export function integer(form: FormData, name: string): number | null {
  const value = text(form, name);
  if (value === "") return null;
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * The rows of a list posted as `<list>.<index>.<field>`, in index order (gaps
 * from removed rows closed), each row a record of its fields' trimmed texts.
 */
export function rows(form: FormData, list: string): Record<string, string>[] {
  const byIndex = new Map<number, Record<string, string>>();
  const prefix = `${list}.`;
  for (const [key, value] of form.entries()) {
    if (!key.startsWith(prefix) || typeof value !== "string") continue;
    const rest = key.slice(prefix.length);
    const dot = rest.indexOf(".");
    if (dot < 1) continue;
    const index = Number(rest.slice(0, dot));
    if (!Number.isInteger(index) || index < 0) continue;
    const row = byIndex.get(index) ?? {};
    row[rest.slice(dot + 1)] = lines(value).trim();
    byIndex.set(index, row);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/** The submitted texts to show again after a refusal (never a password), so nothing typed is lost without JavaScript. */
export function echo(form: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || omit.includes(key) || /password/i.test(key)) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

/** Echoed values (see echo) as a form again, repeated fields split, to read them with the helpers above when the page shows them. */
export function fromEcho(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) for (const part of value.split("\n")) form.append(key, part);
  return form;
}
