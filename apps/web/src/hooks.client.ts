// In the browser the page speaks the language the root layout's load chose (the server's
// choice: the signed-in user's or the cookie; lib/i18n/locale-messages.ts), before that the one
// it was rendered in (<html lang>). A language change reloads the page (lib/i18n/switch.ts).
import { browserLocale } from "$lib/i18n/locale-messages";
import { DEFAULT_LOCALE, parseLocale } from "$lib/i18n/locale";
import { overwriteGetLocale } from "$lib/paraglide/runtime.js";

overwriteGetLocale(() => browserLocale() ?? parseLocale(document.documentElement.lang) ?? DEFAULT_LOCALE);
