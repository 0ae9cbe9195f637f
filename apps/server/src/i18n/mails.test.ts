// Every email a volunteer can receive exists in each of the six languages, carries the
// person's name and the link, and keeps the glossary terms German.
import { describe, expect, it } from "vitest";
import { Locale } from "../generated/prisma/client.ts";
import { invitationMail, membershipInvitationMail, passwordResetMail } from "../modules/identity/mails.ts";
import { proposalMail, reminderMail } from "../modules/matching/mails.ts";
import { trainingMail } from "../modules/training/mails.ts";
import { alreadyRegisteredMail, ehrenamtskarteReminderMail, reviewDecisionMail, verifyEmailMail } from "../modules/volunteers/mails.ts";
import { pickLocale, translate } from "./messages.ts";

const locales = Object.values(Locale);
const link = "https://lotse.example/x?token=abc";
const eligibility = {
  eligible: false,
  rules: { hoursPerYear: 250, hoursPerWeek: 5, minActiveYears: 2 },
  years: [{ index: 0, from: "2025-12-01", to: "2026-11-30", hours: 262.5, averageHoursPerWeek: 5.05, minutes: 15_750, averageMinutesPerWeek: 303, meets: true, decidedBy: "HOURS_PER_YEAR" }],
} as unknown as Parameters<typeof ehrenamtskarteReminderMail>[1]["eligibility"];

const mailsFor = (locale: Locale) => ({
  verify: verifyEmailMail(locale, "Amal", "Stadt Oldenburg", link),
  already: alreadyRegisteredMail(locale, "Amal", "Stadt Oldenburg", link, link),
  approved: reviewDecisionMail(locale, "Amal", "Stadt Oldenburg", true, null, link),
  rejected: reviewDecisionMail(locale, "Amal", "Stadt Oldenburg", false, "Kein Platz", link),
  reset: passwordResetMail(locale, "Amal", link, 60),
  invitation: invitationMail(locale, "Amal", "Stadt Oldenburg", link, 72),
  membership: membershipInvitationMail(locale, "Amal", "Stadt Oldenburg", link, 72),
  offered: trainingMail(locale, "Amal", "offered", "Basisqualifizierung", "01.12.2026", { sessions: ["05.12.2026, 10:00", "12.12.2026, 10:00"], link }),
  admitted: trainingMail(locale, "Amal", "admitted", "Basisqualifizierung", "", { sessions: ["05.12.2026, 10:00"], link }),
  waitlisted: trainingMail(locale, "Amal", "waitlisted", "Basisqualifizierung", "3", { sessions: ["05.12.2026, 10:00"], link }),
  card: ehrenamtskarteReminderMail(locale, { name: "Amal", organization: "Stadt Oldenburg", expiresOn: "2027-03-01", eligibility, link }),
  tandemProposal: proposalMail(locale, { name: "Amal", organization: "Stadt Oldenburg", firstNames: "Rami, Nour", district: "Osternburg", link }),
  tandemReminder: reminderMail(locale, { name: "Amal", firstNames: "Rami, Nour", days: 15, link }),
});

describe("emails in the recipient's language", () => {
  it("has all six languages", () => {
    expect(locales.sort()).toEqual(["AR", "DE", "EN", "FA", "TR", "UK"]);
  });

  it("writes every email in each language, each with the name and, where it has one, the link", () => {
    const german = mailsFor("DE");
    for (const locale of locales) {
      const mails = mailsFor(locale);
      for (const [kind, mail] of Object.entries(mails)) {
        expect(mail.text, `${locale} ${kind}`).toContain("Amal");
        if (kind !== "rejected") expect(mail.text, `${locale} ${kind}`).toContain(link);
        if (locale !== "DE") expect(mail.subject, `${locale} ${kind}`).not.toBe(german[kind as keyof typeof german].subject);
      }
      expect(mails.card.subject, locale).toContain("Ehrenamtskarte");
      expect(mails.offered.text, locale).toContain("01.12.2026");
      // Course and waiting-list mails carry the course's dates.
      for (const kind of ["offered", "admitted", "waitlisted"] as const) expect(mails[kind].text, `${locale} ${kind}`).toContain("05.12.2026, 10:00");
      expect(mails.offered.text, locale).toContain("12.12.2026, 10:00");
      expect(mails.rejected.text, locale).toContain("Kein Platz");
    }
    expect(mailsFor("AR").verify.subject).toBe("Lotse: يُرجى تأكيد عنوان بريدك الإلكتروني");
    expect(mailsFor("UK").verify.text).toContain("Доброго дня, Amal!");
    expect(mailsFor("TR").approved.subject).toBe("Lotse: Stadt Oldenburg bünyesine hoş geldiniz");
  });
});

describe("the Ehrenamtskarte reminder", () => {
  it("writes each year's hours as hours and minutes, as the pages and the Nachweis do, never decimals", () => {
    const expected: Record<Locale, string> = {
      DE: "262 Std. 30 Min., erfüllt (Stunden im Jahr)",
      EN: "262 h 30 min, met (hours per year)",
      AR: "262 س 30 د، مستوفى (ساعات في السنة)",
      FA: "262 ساعت 30 دقیقه، برآورده شده (ساعت در سال)",
      UK: "262 год 30 хв, виконано (годин на рік)",
      TR: "262 sa. 30 dk., karşılandı (yıllık saat)",
    };
    for (const locale of locales) {
      const text = mailsFor(locale).card.text;
      expect(text, locale).toContain(expected[locale]);
      expect(text, locale).not.toMatch(/262[.,]5/);
    }
  });
});

describe("the admission mail", () => {
  it("lists the dates itself, without sending the person to Lotse for them, and links for the rest", () => {
    expect(trainingMail("DE", "Amal", "admitted", "Basisqualifizierung", "", { sessions: ["05.12.2026, 10:00", "12.12.2026, 10:00"], link, courseTitle: "Basis" }).text).toBe(
      `Hallo Amal,\n\nSie sind für den Kurs „Basisqualifizierung“ zugelassen.\n\nKurs: Basis\n\nDie Termine:\n- 05.12.2026, 10:00\n- 12.12.2026, 10:00\n\nIhre Kurse in Lotse:\n${link}\n`,
    );
    // What the mail said before in each language: the dates "are in Lotse", right above the list of them.
    const pointsAway = { DE: "Die Termine finden Sie in Lotse", EN: "You find the sessions in Lotse", AR: "تجد المواعيد في Lotse", FA: "جلسه‌ها را در Lotse می‌بینید", UK: "Дати занять Ви знайдете в Lotse", TR: "Oturumları Lotse'de bulabilirsiniz" };
    for (const locale of locales) {
      const withDates = trainingMail(locale, "Amal", "admitted", "Basisqualifizierung", "", { sessions: ["05.12.2026, 10:00"], link }).text;
      expect(withDates, locale).not.toContain(pointsAway[locale]);
      const noDates = trainingMail(locale, "Amal", "admitted", "Basisqualifizierung", "", { sessions: [], link }).text;
      expect(noDates, locale).not.toContain("05.12.2026");
      // Greeting, admission, the dates (or, with none planned yet, that they follow in Lotse), the link.
      expect(withDates.trimEnd().split("\n\n"), locale).toHaveLength(4);
      expect(noDates.trimEnd().split("\n\n"), locale).toHaveLength(4);
    }
    expect(trainingMail("DE", "Amal", "admitted", "Basisqualifizierung", "", { sessions: [], link }).text).toContain("Die Termine stehen noch nicht fest; sobald sie geplant sind, finden Sie sie in Lotse.");
    expect(trainingMail("AR", "Amal", "admitted", "Basisqualifizierung", "", { sessions: [], link }).text).toContain("لم تُحدَّد مواعيد الدورة بعد");
  });
});

describe("API messages", () => {
  it("pick the caller's language from the cookie or Accept-Language, German otherwise", () => {
    expect(pickLocale("ar", null)).toBe("ar");
    expect(pickLocale("FA", null)).toBe("fa");
    expect(pickLocale(null, "uk-UA,uk;q=0.9")).toBe("uk");
    expect(pickLocale(null, "tr")).toBe("tr");
    expect(pickLocale(null, "fr-FR")).toBe("de");
  });

  it("translate a volunteer's message, and give a staff-only one in German", () => {
    expect(translate("tr", "signIn.invalidCredentials")).toBe("E-posta adresi veya şifre yanlış.");
    expect(translate("ar", "password.tooShort", { min: 12 })).toBe("يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.");
    expect(translate("fa", "users.lastAdmin")).toBe(translate("de", "users.lastAdmin"));
  });

  // A volunteer meets these too: opening an invitation already accepted while signed in
  // (/accept-invitation), and saving their profile or answering a tandem proposal that
  // changed meanwhile (updateMyProfile, the proposal's accept or decline).
  it.each(["invitation.alreadyAcceptedSignedIn", "conflict.changedMeanwhile"])("give %s in every volunteer language", (key) => {
    for (const locale of ["ar", "fa", "uk", "tr"] as const) {
      expect(translate(locale, key), locale).not.toBe(translate("de", key));
    }
  });
});
