// The language as the database keeps it (the Locale enum: DE, EN, AR, FA, UK, TR) and as
// messages and formats take it (de, en, …). One list: @lotse/domain/locale.
import type { Locale as UiLocale } from "@lotse/domain/locale";
import type { Locale } from "../generated/prisma/client.ts";

export const toDbLocale = (locale: UiLocale): Locale => locale.toUpperCase() as Locale;
export const toUiLocale = (locale: Locale): UiLocale => locale.toLowerCase() as UiLocale;
