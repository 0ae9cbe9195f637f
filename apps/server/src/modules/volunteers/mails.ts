// Emails of the volunteers area, in the recipient's language.
import type { Locale } from "../../generated/prisma/client.ts";

interface Mail {
  subject: string;
  text: string;
}

export function verifyEmailMail(locale: Locale, name: string, organization: string, link: string): Mail {
  return locale === "EN"
    ? {
        subject: "Lotse: please confirm your email address",
        text: `Hello ${name},\n\nthank you for signing up as a volunteer with ${organization}. Please confirm your email address with this link:\n\n${link}\n\nAfter that a coordinator will look at your sign-up and get in touch.\n`,
      }
    : {
        subject: "Lotse: Bitte bestätigen Sie Ihre E-Mail-Adresse",
        text: `Hallo ${name},\n\nvielen Dank für Ihre Anmeldung als Ehrenamtliche/r bei ${organization}. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:\n\n${link}\n\nDanach sieht sich eine Koordinatorin oder ein Koordinator Ihre Anmeldung an und meldet sich bei Ihnen.\n`,
      };
}

/** Both language versions of the subject below: how the sign-up counts these mails per address. */
export const ALREADY_REGISTERED_SUBJECTS = ["Lotse: sign-up with your email address", "Lotse: Anmeldung mit Ihrer E-Mail-Adresse"];

export function alreadyRegisteredMail(locale: Locale, name: string, organization: string, loginLink: string, resetLink: string): Mail {
  return locale === "EN"
    ? {
        subject: ALREADY_REGISTERED_SUBJECTS[0]!,
        text: `Hello ${name},\n\nsomeone tried to sign up as a volunteer with ${organization} using your email address, which already has a Lotse account. If that was you, sign in here:\n\n${loginLink}\n\nForgot your password? ${resetLink}\n\nIf it was not you, you can ignore this email.\n`,
      }
    : {
        subject: ALREADY_REGISTERED_SUBJECTS[1]!,
        text: `Hallo ${name},\n\njemand wollte sich mit Ihrer E-Mail-Adresse als Ehrenamtliche/r bei ${organization} anmelden. Für diese Adresse gibt es bereits einen Lotse-Zugang. Wenn Sie das waren, melden Sie sich hier an:\n\n${loginLink}\n\nPasswort vergessen? ${resetLink}\n\nWenn Sie das nicht waren, können Sie diese E-Mail ignorieren.\n`,
      };
}

export function reviewDecisionMail(locale: Locale, name: string, organization: string, approved: boolean, reason: string | null, link: string): Mail {
  if (locale === "EN") {
    return approved
      ? { subject: `Lotse: welcome to ${organization}`, text: `Hello ${name},\n\nyour sign-up as a volunteer with ${organization} has been approved. You can now sign in, log your hours and apply for courses:\n\n${link}\n` }
      : { subject: `Lotse: your sign-up with ${organization}`, text: `Hello ${name},\n\nunfortunately ${organization} cannot accept your sign-up as a volunteer at the moment.\n\nReason: ${reason ?? "-"}\n\nIf you have questions, please contact the coordination office.\n` };
  }
  return approved
    ? { subject: `Lotse: Willkommen bei ${organization}`, text: `Hallo ${name},\n\nIhre Anmeldung als Ehrenamtliche/r bei ${organization} wurde freigegeben. Sie können sich jetzt anmelden, Ihre Stunden erfassen und sich für Kurse bewerben:\n\n${link}\n` }
    : { subject: `Lotse: Ihre Anmeldung bei ${organization}`, text: `Hallo ${name},\n\nleider kann ${organization} Ihre Anmeldung als Ehrenamtliche/r im Moment nicht annehmen.\n\nGrund: ${reason ?? "-"}\n\nBei Fragen wenden Sie sich bitte an die Koordinierungsstelle.\n` };
}
