// Writing direction and the languages' own names, from Intl rather than lists kept by hand.
import type { UiLocale } from "./locale";

/** "rtl" for Arabic, Farsi and other right-to-left scripts, from the locale's Intl data where the runtime has it. */
export function textDirection(locale: string): "ltr" | "rtl" {
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
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
