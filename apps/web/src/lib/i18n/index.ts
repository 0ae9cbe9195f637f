// The typed dictionaries and the translate function (no framework imports,
// so unit tests can load it). Components use `useI18n()` from ./use.ts.
import { de, type MessageKey } from "./de";
import { en } from "./en";
import { DEFAULT_LOCALE, type UiLocale } from "./locale";

export type { MessageKey } from "./de";
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export const dictionaries: Record<UiLocale, Record<MessageKey, string>> = { de, en };

/** Replaces `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

export function translate(locale: UiLocale, key: MessageKey, vars?: Vars): string {
  const dictionary = dictionaries[locale] ?? dictionaries[DEFAULT_LOCALE];
  return interpolate(dictionary[key] ?? dictionaries[DEFAULT_LOCALE][key] ?? key, vars);
}

export function translator(locale: UiLocale): Translate {
  return (key, vars) => translate(locale, key, vars);
}
