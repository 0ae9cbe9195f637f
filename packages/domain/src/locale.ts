// The two languages Lotse speaks, and the Intl locale each one formats with.
export type Locale = "de" | "en";

export const intlLocale = (locale: Locale): string => (locale === "de" ? "de-DE" : "en-GB");
