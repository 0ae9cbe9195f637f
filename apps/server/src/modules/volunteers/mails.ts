// Emails of the volunteers area, in the recipient's language.
import { formatDate } from "@lotse/domain/calendar-date";
import type { Locale } from "../../generated/prisma/client.ts";
import type { Eligibility } from "./eligibility.ts";

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

// ---- Ehrenamtskarte (issue 9, rules9a) ----

/** The hours of one year window in the reminder: "01.12.2025–30.11.2026: 262,5 Std. (erfüllt)". */
function yearLine(locale: "de" | "en", y: Eligibility["years"][number]) {
  const hours = y.hours.toLocaleString(locale === "en" ? "en-GB" : "de-DE", { maximumFractionDigits: 2 });
  const range = `${formatDate(y.from, locale)} – ${formatDate(y.to, locale)}`;
  if (locale === "en") {
    const verdict = y.decidedBy === "HOURS_PER_YEAR" ? "met (hours per year)" : y.decidedBy === "HOURS_PER_WEEK" ? "met (hours per week)" : "not met";
    return `- ${range}: ${hours} h, ${verdict}`;
  }
  const verdict = y.decidedBy === "HOURS_PER_YEAR" ? "erfüllt (Stunden im Jahr)" : y.decidedBy === "HOURS_PER_WEEK" ? "erfüllt (Stunden pro Woche)" : "nicht erfüllt";
  return `- ${range}: ${hours} Std., ${verdict}`;
}

/** Three months before the card expires: the expiry and today's figures year by year. */
export function ehrenamtskarteReminderMail(
  locale: "de" | "en",
  input: { name: string; organization: string; expiresOn: string; eligibility: Eligibility; link: string },
): Mail {
  const { name, organization, expiresOn, eligibility: e, link } = input;
  const years = e.years.map((y) => yearLine(locale, y)).join("\n");
  if (locale === "en") {
    return {
      subject: `Lotse: your Ehrenamtskarte expires on ${expiresOn}`,
      text:
        `Hello ${name},\n\nyour Ehrenamtskarte expires on ${expiresOn}. ${organization} has checked today whether a new card can be applied for:\n\n${years}\n\n` +
        (e.eligible
          ? "You meet the rules: you can apply for a new card. The coordination office issues the Nachweis you need."
          : `You do not meet the rules today (at least ${e.rules.hoursPerYear} hours or ${e.rules.hoursPerWeek} hours a week on average in each of the last ${e.rules.minActiveYears} years).`) +
        `\n\nYour figures: ${link}\n`,
    };
  }
  return {
    subject: `Lotse: Ihre Ehrenamtskarte läuft am ${expiresOn} ab`,
    text:
      `Hallo ${name},\n\nIhre Ehrenamtskarte ist bis zum ${expiresOn} gültig. ${organization} hat heute geprüft, ob Sie eine neue Karte beantragen können:\n\n${years}\n\n` +
      (e.eligible
        ? "Sie erfüllen die Voraussetzungen und können eine neue Karte beantragen. Den nötigen Nachweis stellt Ihnen die Koordination aus."
        : `Sie erfüllen die Voraussetzungen heute nicht (in jedem der letzten ${e.rules.minActiveYears} Jahre mindestens ${e.rules.hoursPerYear} Stunden oder durchschnittlich ${e.rules.hoursPerWeek} Stunden pro Woche).`) +
      `\n\nIhre Zahlen: ${link}\n`,
  };
}
