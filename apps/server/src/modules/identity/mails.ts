// The texts of the emails the identity module sends, in the recipient's language.
import type { Locale } from "../../generated/prisma/client.ts";

interface Mail {
  subject: string;
  text: string;
}

export function passwordResetMail(locale: Locale, name: string, link: string, minutes: number): Mail {
  return locale === "EN"
    ? {
        subject: "Lotse: reset your password",
        text: `Hello ${name},\n\nsomeone (hopefully you) asked to reset your Lotse password. Open this link within ${minutes} minutes to choose a new one:\n\n${link}\n\nThe link works once. If you did not ask for this, ignore this email; your password stays as it is.\n`,
      }
    : {
        subject: "Lotse: Passwort zurücksetzen",
        text: `Hallo ${name},\n\njemand (hoffentlich Sie) hat verlangt, Ihr Lotse-Passwort zurückzusetzen. Öffnen Sie diesen Link innerhalb von ${minutes} Minuten, um ein neues Passwort zu wählen:\n\n${link}\n\nDer Link funktioniert nur einmal. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.\n`,
      };
}

export function invitationMail(locale: Locale, name: string, organization: string, link: string, hours: number): Mail {
  return locale === "EN"
    ? {
        subject: `Lotse: invitation from ${organization}`,
        text: `Hello ${name},\n\n${organization} invites you to Lotse. Open this link within ${Math.round(hours / 24)} days to set your password:\n\n${link}\n`,
      }
    : {
        subject: `Lotse: Einladung von ${organization}`,
        text: `Hallo ${name},\n\n${organization} lädt Sie zu Lotse ein. Öffnen Sie diesen Link innerhalb von ${Math.round(hours / 24)} Tagen, um Ihr Passwort festzulegen:\n\n${link}\n`,
      };
}

export function addedToOrganizationMail(locale: Locale, name: string, organization: string, link: string): Mail {
  return locale === "EN"
    ? {
        subject: `Lotse: you now also work with ${organization}`,
        text: `Hello ${name},\n\n${organization} added you to its team in Lotse. Sign in with your existing password and switch organisation at the top of the page:\n\n${link}\n`,
      }
    : {
        subject: `Lotse: Sie arbeiten jetzt auch für ${organization}`,
        text: `Hallo ${name},\n\n${organization} hat Sie in Lotse zum Team hinzugefügt. Melden Sie sich mit Ihrem bisherigen Passwort an und wechseln Sie oben auf der Seite die Organisation:\n\n${link}\n`,
      };
}
