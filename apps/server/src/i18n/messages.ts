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
  "validation.time": "Bitte eine Uhrzeit im Format HH:MM angeben.",
  "validation.timeOrder": "Das Ende muss nach dem Beginn liegen.",
  "validation.languageCode": "Bitte einen zweistelligen Sprachcode (ISO 639-1) angeben, z. B. ar oder uk.",
  "validation.weekday": "Bitte einen Wochentag von 1 (Montag) bis 7 (Sonntag) angeben.",
  "validation.phone": "Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden.",
  "validation.tooMany": "Das sind zu viele Einträge.",
  "validation.range": "Der Wert liegt außerhalb des erlaubten Bereichs.",
  "validation.positive": "Bitte einen Betrag größer als 0 angeben.",
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
  "signIn.emailNotVerified": "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link, den wir Ihnen geschickt haben.",
  "consent.required": "Ohne Ihre Einwilligung können wir Ihre Anmeldung nicht annehmen.",
  "consent.outdated": "Der Einwilligungstext wurde inzwischen geändert. Bitte laden Sie die Seite neu und lesen Sie ihn erneut.",
  "volunteer.interpretingNeedsGerman": "Für die Sprachmittlung brauchen Sie Deutsch mindestens auf Niveau {level}.",
  "volunteer.interpretingNeedsLanguage": "Bitte markieren Sie mindestens eine Sprache, in der Sie dolmetschen.",
  "volunteer.duplicateLanguage": "Jede Sprache bitte nur einmal angeben.",
  "volunteer.unknownTopic": "Dieses Thema gibt es in Ihrer Organisation nicht.",
  "volunteer.unknownDistrict": "Diesen Stadtteil gibt es in Ihrer Organisation nicht.",
  "volunteer.notPending": "Diese Anmeldung wurde bereits entschieden.",
  "volunteer.notApproved": "Das geht erst, wenn Ihre Anmeldung freigegeben ist.",
  "volunteer.notActive": "Nur aktive Ehrenamtliche können pausiert werden.",
  "volunteer.notPaused": "Nur pausierte Ehrenamtliche können wieder aktiviert werden.",
  "volunteer.consentWithdrawn": "Die Person hat ihre Einwilligung widerrufen; sie muss sie erst im Profil erneut erteilen.",
  "volunteer.reasonRequired": "Bitte geben Sie einen Grund an.",
  "volunteer.noProfile": "Sie haben in dieser Organisation kein Ehrenamtsprofil.",
  "conduct.issuedAfterInspection": "Das Ausstellungsdatum darf nicht nach dem Einsichtsdatum liegen.",
  "conduct.tooOld": "Das Führungszeugnis darf bei der Einsicht höchstens {months} Monate alt sein.",
  "date.inFuture": "Das Datum darf nicht in der Zukunft liegen.",
  "date.invalid": "Bitte geben Sie ein gültiges Datum an.",
  "hours.minutesRange": "Bitte zwischen 1 und 1440 Minuten angeben.",
  "hours.dayLimit": "An einem Tag können höchstens 24 Stunden erfasst werden. Für diesen Tag sind noch {minutes} Minuten möglich.",
  "hours.notEditable": "Nur noch nicht geprüfte Einträge können geändert oder gelöscht werden.",
  "hours.unknownActivity": "Diese Tätigkeit gibt es in Ihrer Organisation nicht.",
  "allowance.limitExceeded": "Damit würde die Ehrenamtspauschale für {year} überschritten. Es sind noch {remaining} möglich.",
  "allowance.noLimit": "Für {year} ist keine Ehrenamtspauschale hinterlegt.",
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
  "validation.time": "Please enter a time as HH:MM.",
  "validation.timeOrder": "The end must be after the start.",
  "validation.languageCode": "Please enter a two-letter language code (ISO 639-1), e.g. ar or uk.",
  "validation.weekday": "Please enter a weekday from 1 (Monday) to 7 (Sunday).",
  "validation.phone": "Please use only digits, spaces and + ( ) / -.",
  "validation.tooMany": "These are too many entries.",
  "validation.range": "The value is out of the allowed range.",
  "validation.positive": "Please enter an amount greater than 0.",
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
  "signIn.emailNotVerified": "Please confirm your email address first with the link we sent you.",
  "consent.required": "We cannot accept your sign-up without your consent.",
  "consent.outdated": "The consent text has changed in the meantime. Please reload the page and read it again.",
  "volunteer.interpretingNeedsGerman": "Interpreting needs German at level {level} or better.",
  "volunteer.interpretingNeedsLanguage": "Please mark at least one language you interpret.",
  "volunteer.duplicateLanguage": "Please list each language only once.",
  "volunteer.unknownTopic": "This topic does not exist in your organisation.",
  "volunteer.unknownDistrict": "This district does not exist in your organisation.",
  "volunteer.notPending": "This sign-up has already been decided.",
  "volunteer.notApproved": "This is possible once your sign-up has been approved.",
  "volunteer.notActive": "Only active volunteers can be paused.",
  "volunteer.notPaused": "Only paused volunteers can be reactivated.",
  "volunteer.consentWithdrawn": "This person withdrew their consent; they must give it again in their profile first.",
  "volunteer.reasonRequired": "Please give a reason.",
  "volunteer.noProfile": "You have no volunteer profile in this organisation.",
  "conduct.issuedAfterInspection": "The issue date cannot be after the inspection date.",
  "conduct.tooOld": "The certificate may be at most {months} months old when inspected.",
  "date.inFuture": "The date cannot be in the future.",
  "date.invalid": "Please enter a valid date.",
  "hours.minutesRange": "Please enter between 1 and 1440 minutes.",
  "hours.dayLimit": "At most 24 hours can be logged for one day. {minutes} minutes are left for this day.",
  "hours.notEditable": "Only entries not yet reviewed can be changed or deleted.",
  "hours.unknownActivity": "This activity does not exist in your organisation.",
  "allowance.limitExceeded": "This would exceed the Ehrenamtspauschale for {year}. {remaining} are left.",
  "allowance.noLimit": "No Ehrenamtspauschale is configured for {year}.",
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
