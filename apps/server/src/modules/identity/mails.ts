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

export function membershipInvitationMail(locale: Locale, name: string, organization: string, link: string, hours: number): Mail {
  return locale === "EN"
    ? {
        subject: `Lotse: invitation from ${organization}`,
        text: `Hello ${name},\n\n${organization} invites you to its team in Lotse. You already have a Lotse account; open this link within ${Math.round(hours / 24)} days to accept (your password stays as it is):\n\n${link}\n\nIf you do not know ${organization}, ignore this email: without your acceptance nothing changes.\n`,
      }
    : {
        subject: `Lotse: Einladung von ${organization}`,
        text: `Hallo ${name},\n\n${organization} lädt Sie in ihr Team in Lotse ein. Sie haben bereits einen Lotse-Zugang; öffnen Sie diesen Link innerhalb von ${Math.round(hours / 24)} Tagen, um die Einladung anzunehmen (Ihr Passwort bleibt, wie es ist):\n\n${link}\n\nWenn Sie ${organization} nicht kennen, ignorieren Sie diese E-Mail: Ohne Ihre Zustimmung ändert sich nichts.\n`,
      };
}
