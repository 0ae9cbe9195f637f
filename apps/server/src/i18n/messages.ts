// The API's user-facing messages in German and English. Errors carry a key;
// the message is chosen for the caller's language when the response is built.
const de = {
  "error.notFound": "Nicht gefunden.",
  "error.forbidden": "Dafür fehlt Ihnen die Berechtigung.",
  "error.unauthenticated": "Bitte melden Sie sich an.",
  "validation.failed": "Bitte prüfen Sie die markierten Felder.",
  "validation.required": "Bitte füllen Sie dieses Feld aus.",
  "validation.email": "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  "validation.tooLong": "Die Eingabe ist zu lang.",
  "validation.rolesRequired": "Bitte wählen Sie mindestens eine Rolle.",
  "signIn.invalidCredentials": "E-Mail-Adresse oder Passwort ist falsch.",
  "signIn.tooManyAttempts": "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {minutes} Minuten erneut.",
  "signIn.deactivated": "Ihr Zugang ist deaktiviert. Bitte wenden Sie sich an die Administration Ihrer Organisation.",
  "password.tooShort": "Das Passwort muss mindestens {min} Zeichen lang sein.",
  "password.tooLong": "Das Passwort darf höchstens {max} Zeichen lang sein.",
  "password.common": "Dieses Passwort ist zu bekannt und leicht zu erraten. Bitte wählen Sie ein anderes.",
  "password.wrongCurrent": "Das aktuelle Passwort ist falsch.",
  "token.invalid": "Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.",
  "users.alreadyMember": "Diese Person gehört bereits zu Ihrer Organisation.",
  "users.cannotDeactivateSelf": "Sie können Ihren eigenen Zugang nicht deaktivieren.",
  "users.lastAdmin": "Die Organisation braucht mindestens eine aktive Administration.",
  "organization.notMember": "Sie gehören dieser Organisation nicht an.",
} as const;

export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  "error.notFound": "Not found.",
  "error.forbidden": "You are not allowed to do this.",
  "error.unauthenticated": "Please sign in.",
  "validation.failed": "Please check the marked fields.",
  "validation.required": "Please fill in this field.",
  "validation.email": "Please enter a valid email address.",
  "validation.tooLong": "The input is too long.",
  "validation.rolesRequired": "Please choose at least one role.",
  "signIn.invalidCredentials": "Email address or password is wrong.",
  "signIn.tooManyAttempts": "Too many failed sign-in attempts. Please try again in {minutes} minutes.",
  "signIn.deactivated": "Your account is deactivated. Please contact your organisation's administration.",
  "password.tooShort": "The password must be at least {min} characters long.",
  "password.tooLong": "The password must be at most {max} characters long.",
  "password.common": "This password is too common and easy to guess. Please choose another one.",
  "password.wrongCurrent": "The current password is wrong.",
  "token.invalid": "This link is invalid, expired or already used. Please request a new one.",
  "users.alreadyMember": "This person already belongs to your organisation.",
  "users.cannotDeactivateSelf": "You cannot deactivate your own account.",
  "users.lastAdmin": "The organisation needs at least one active administrator.",
  "organization.notMember": "You do not belong to this organisation.",
};

export type ApiLocale = "de" | "en";

const catalogues: Record<ApiLocale, Record<MessageKey, string>> = { de, en };

export function isMessageKey(key: string): key is MessageKey {
  return key in de;
}

/** Translates a key; text that is not a key (e.g. a library message) is passed through. */
export function translate(locale: ApiLocale, key: string, params: Record<string, string | number> = {}): string {
  const template = isMessageKey(key) ? catalogues[locale][key] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks the language from an explicit choice, then Accept-Language, defaulting to German. */
export function pickLocale(explicit: string | null | undefined, acceptLanguage: string | null): ApiLocale {
  const choice = explicit?.toLowerCase();
  if (choice === "de" || choice === "en") return choice;
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "de";
}
