// In the browser the page speaks the language it was rendered in: <html lang> as the
// server wrote it (the signed-in user's choice or the cookie). A language change
// reloads the page (lib/i18n/switch.ts).
import { DEFAULT_LOCALE, parseLocale } from "$lib/i18n/locale";
import { overwriteGetLocale } from "$lib/paraglide/runtime.js";

overwriteGetLocale(() => parseLocale(document.documentElement.lang) ?? DEFAULT_LOCALE);
