// Writing direction and the languages' own names, from Intl rather than lists kept by hand.
import { displayNames } from "@lotse/domain/intl-cache";
import { LOCALES, type UiLocale } from "./locale";

// Reading a locale's Intl data costs (the root layout asks on every page, forms once per
// translated field): each language's direction is read once.
const directions = new Map<string, "ltr" | "rtl">();

/** "rtl" for Arabic, Farsi and other right-to-left scripts, from the locale's Intl data where the runtime has it. */
export function textDirection(locale: string): "ltr" | "rtl" {
  let direction = directions.get(locale);
  if (!direction) directions.set(locale, (direction = readDirection(locale)));
  return direction;
}

/**
 * The `dir` attribute of an element in `locale`, to spread onto it: `<input {...dirAttribute("ar")} />`.
 * Svelte follows a `dir={…}` attribute with `element.dir = element.dir` when the element hydrates
 * (a workaround for `dir="auto"` in Chromium, which Lotse does not use), and Chromium then works out
 * the direction of the element's whole subtree again: on the admin's settings page, with five
 * languages' translation fields per category, ~19 ms of hydration at full CPU speed (4x that in
 * Lighthouse). Spread attributes skip a value the server already rendered.
 */
export function dirAttribute(locale: string): { dir: "ltr" | "rtl" } {
  return { dir: textDirection(locale) };
}

function readDirection(locale: string): "ltr" | "rtl" {
  const intl = new Intl.Locale(locale) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const info = intl.getTextInfo?.() ?? intl.textInfo;
  if (info?.direction) return info.direction === "rtl" ? "rtl" : "ltr";
  // Runtimes without Intl.Locale text info: the scripts written right to left.
  const script = intl.maximize().script;
  return script && ["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg"].includes(script) ? "rtl" : "ltr";
}

/** A language's name in that language ("Deutsch", "العربية", "Українська"), for the language switch. */
export function ownLanguageName(locale: UiLocale): string {
  const name = displayNames(locale, { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * Every UI language by its own name, for the language switch: written by the root layout's
 * server load. In the browser each name read from Intl loaded that language's locale data, six
 * languages twice (the header's and the menu's switch) on every page while it hydrated: about
 * 100–250 ms of a phone's (Lighthouse's 4x slower) CPU.
 */
export function ownLanguageNames(): { locale: UiLocale; name: string }[] {
  return LOCALES.map((locale) => ({ locale, name: ownLanguageName(locale) }));
}
