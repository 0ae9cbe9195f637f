// The mails an interpreter (a volunteer) or a guardian reads come in each of
// the app's six languages, never as German in disguise; the time is Berlin
// time; the written confirmation says that the calendar file is attached.
import { describe, expect, it } from "vitest";
import { appointmentMail, guardianLocale, type AppointmentMailEvent } from "./mails.ts";

// 10:30 in Berlin (summer time).
const facts = { startsAt: new Date("2026-06-16T08:30:00Z"), room: "Raum 2.14", organization: "Stadt Oldenburg", language: "ar", childFirstName: "Amira", link: "https://lotse.example/ehrenamt/sprachmittlung", respondBy: new Date("2026-06-14T08:00:00Z") };
const LOCALES = ["en", "ar", "fa", "uk", "tr"] as const;
const READ_BY_VOLUNTEERS_AND_GUARDIANS: AppointmentMailEvent[] = ["guardianReminder", "interpreterReminder", "interpreterAssigned", "interpreterConfirmed", "rescheduled", "cancelled"];

describe("appointment mails", () => {
  it.each(READ_BY_VOLUNTEERS_AND_GUARDIANS)("%s is written in every language of the app, at the Berlin time", (event) => {
    const german = appointmentMail("de", event, facts);
    expect(german.subject + german.text).toContain("10:30");
    for (const locale of LOCALES) {
      const mail = appointmentMail(locale, event, facts);
      expect(mail.subject, `${locale} subject`).not.toBe(german.subject);
      expect(mail.text, `${locale} text`).not.toBe(german.text);
      expect(mail.subject + mail.text, locale).toContain("Raum 2.14");
    }
  });

  it("the interpreter's confirmation says in each language that the calendar file is attached, with the link", () => {
    const attached: Record<string, string> = { de: "Kalenderdatei", en: "calendar file", ar: "ملف التقويم", fa: "فایل تقویم", uk: "Файл календаря", tr: "Takvim dosyası" };
    for (const [locale, words] of Object.entries(attached)) {
      const mail = appointmentMail(locale as "de", "interpreterConfirmed", facts);
      expect(mail.text, locale).toContain(words);
      expect(mail.text, locale).toContain(facts.link);
      expect(mail.text, locale).not.toContain("Amira");
    }
  });

  it("a guardian reads their language where the app has it, German otherwise", () => {
    expect(guardianLocale("ar")).toBe("ar");
    expect(guardianLocale("uk")).toBe("uk");
    expect(guardianLocale("so")).toBe("de");
    expect(appointmentMail(guardianLocale("fa"), "guardianReminder", facts).text).toContain("Amira");
  });
});
