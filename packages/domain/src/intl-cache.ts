// Intl's formatters, made once per language and options and then reused. Making one loads and
// parses the language's locale data and costs far more than formatting with it: on a phone (and
// under Lighthouse's 4x slower CPU) formatters made per call while a page hydrated – a list of 33
// language names, the hours of a table, the header's language names – were a large part of the
// page's blocking time. Formatters are immutable, so sharing them is safe.

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ""}`;
  let made = cache.get(key) as T | undefined;
  if (made === undefined) cache.set(key, (made = make()));
  return made;
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached("number", locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached("dateTime", locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached("displayNames", locale, options, () => new Intl.DisplayNames([locale], options));
}

export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  return cached("collator", locale, options, () => new Intl.Collator(locale, options));
}
