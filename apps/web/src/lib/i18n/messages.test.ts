// The message files (apps/web/messages/<locale>.json, compiled by Paraglide): every
// message in German and English, every message of the pages a volunteer uses in every
// language, the same placeholders everywhere, plural forms by the language's rules.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as m from "$lib/paraglide/messages.js";
import { locales } from "$lib/paraglide/runtime.js";
import { isVolunteerMessage } from "./coverage";

type Variants = [{ declarations?: string[]; selectors?: string[]; match: Record<string, string> }];
type Catalogue = Record<string, string | Variants>;

function catalogue(locale: string): Catalogue {
  const { $schema: _, ...messages } = JSON.parse(
    readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), "utf8"),
  ) as Catalogue & { $schema?: string };
  return messages;
}

const catalogues = Object.fromEntries(locales.map((l) => [l, catalogue(l)])) as Record<string, Catalogue>;
const german = catalogues.de!;

/** The placeholders a message uses, over all its variants ({count} etc.). */
function placeholders(message: string | Variants): string[] {
  const texts = typeof message === "string" ? [message] : Object.values(message[0].match);
  const inputs = typeof message === "string" ? [] : (message[0].declarations ?? []).filter((d) => d.startsWith("input ")).map((d) => d.slice(6));
  const names = new Set(inputs);
  for (const text of texts) for (const match of text.matchAll(/(?<!\\)\{(\w+)\}/g)) names.add(match[1]!);
  for (const local of typeof message === "string" ? [] : (message[0].declarations ?? []).filter((d) => d.startsWith("local "))) {
    names.delete(local.split(/\s+/)[1]!);
  }
  return [...names].sort();
}

function texts(message: string | Variants): string[] {
  return typeof message === "string" ? [message] : Object.values(message[0].match);
}

describe("message files", () => {
  it("German and English have every message", () => {
    expect(Object.keys(catalogues.en!).sort()).toEqual(Object.keys(german).sort());
  });

  it("every other language has every message of the pages a volunteer uses, and no message German lacks", () => {
    const volunteerKeys = Object.keys(german).filter(isVolunteerMessage);
    expect(volunteerKeys.length).toBeGreaterThan(300);
    for (const locale of locales) {
      const keys = Object.keys(catalogues[locale]!);
      const missing = volunteerKeys.filter((k) => !keys.includes(k));
      expect(missing, `${locale} lacks`).toEqual([]);
      expect(keys.filter((k) => !(k in german)), `${locale} has unknown`).toEqual([]);
    }
  });

  it("no text is empty", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [key, message] of Object.entries(messages)) {
        for (const text of texts(message)) expect(text.trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });

  it("each translation uses the same placeholders as the German text", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [key, message] of Object.entries(messages)) {
        expect(placeholders(message), `${locale}:${key}`).toEqual(placeholders(german[key]!));
      }
    }
  });

  it("a plural message names every plural category of its language (CLDR: uk one/few/many, ar zero/one/two/few/many)", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.map((c) => (c === "other" ? "*" : c));
      for (const [key, message] of Object.entries(messages)) {
        if (typeof message === "string") continue;
        const [variant] = message;
        const plurals = (variant.declarations ?? []).filter((d) => /:\s*plural\b/.test(d)).map((d) => d.split(/\s+/)[1]!);
        // One selector per message here; a message that selects on several counts lists its combinations by hand.
        if (plurals.length !== 1 || variant.selectors?.length !== 1) continue;
        const named = new Set(Object.keys(variant.match).map((k) => k.split("=")[1]));
        expect(categories.filter((c) => !named.has(c)), `${locale}:${key}`).toEqual([]);
      }
    }
  });

  it("keeps the German glossary terms in every language", () => {
    for (const locale of locales) {
      const c = catalogues[locale]!;
      if (c.role_VOLUNTEER) expect(c.role_VOLUNTEER, locale).toContain("Lotse");
      if (c.role_COUNSELLOR) expect(c.role_COUNSELLOR, locale).toContain("Schuleinstiegsberatung");
    }
    expect(catalogues.en!.home_role_COORDINATOR).toContain("Sprachmittler");
  });
});

describe("compiled messages", () => {
  it("fill placeholders in the asked language", () => {
    expect(m.home_greeting({ name: "Anna" }, { locale: "de" })).toBe("Guten Tag, Anna");
    expect(m.home_greeting({ name: "Anna" }, { locale: "en" })).toBe("Hello, Anna");
  });

  it("choose the plural form by the language's rules", () => {
    expect(m.myhours_total({ count: 1 }, { locale: "de" })).toBe("1 Eintrag");
    expect(m.myhours_total({ count: 2 }, { locale: "de" })).toBe("2 Einträge");
    expect(m.myhours_total({ count: 0 }, { locale: "de" })).toBe("0 Einträge");
    expect(m.myhours_total({ count: 1 }, { locale: "en" })).toBe("1 entry");
    expect(m.myhours_total({ count: 21 }, { locale: "en" })).toBe("21 entries");
    expect(m.review_approvedDone({ count: 1 }, { locale: "de" })).toBe("1 Eintrag anerkannt.");
    expect(m.review_approvedDone({ count: 3 }, { locale: "de" })).toBe("3 Einträge anerkannt.");
  });

  it("count sessions, hours and places in the right form (\"1 Termin\", \"2 Termine\")", () => {
    const period = { from: "1.3.", to: "8.3." };
    expect(m.courses_period({ ...period, count: 1 }, { locale: "de" })).toBe("1.3. bis 8.3. (1 Termin)");
    expect(m.courses_period({ ...period, count: 2 }, { locale: "de" })).toBe("1.3. bis 8.3. (2 Termine)");
    expect(m.courses_period({ ...period, count: 1 }, { locale: "en" })).toBe("1.3. to 8.3. (1 session)");
    expect(m.courses_period({ ...period, count: 1 }, { locale: "ar" })).toBe("من 1.3. إلى 8.3. (موعد واحد)");
    expect(m.courses_period({ ...period, count: 4 }, { locale: "ar" })).toBe("من 1.3. إلى 8.3. (4 مواعيد)");
    expect(m.courses_hours({ hours: 1 }, { locale: "de" })).toBe("1 Unterrichtsstunde");
    expect(m.courses_hours({ hours: 16 }, { locale: "de" })).toBe("16 Unterrichtsstunden");
    expect(m.manage_hours({ hours: 1 }, { locale: "de" })).toBe("1 Stunde");
    expect(m.manage_hours({ hours: 48 }, { locale: "en" })).toBe("48 hours");
    expect(m.manage_completeFuture({ count: 1 }, { locale: "de" })).toMatch(/^1 Termin liegt noch/);
    expect(m.manage_completeFuture({ count: 2 }, { locale: "de" })).toMatch(/^2 Termine liegen noch/);
    expect(m.manage_completeMissing({ count: 1 }, { locale: "de" })).toMatch(/^Für 1 Termin ist/);
    expect(m.cohort_capacityConfirm({ capacity: 1 }, { locale: "de" })).toBe("Ja, mit 1 Platz speichern");
    expect(m.cohort_capacityConfirm({ capacity: 12 }, { locale: "de" })).toBe("Ja, mit 12 Plätzen speichern");
    expect(m.review_alreadyDecided({ count: 1 }, { locale: "de" })).toBe("1 der ausgewählten Einträge war schon entschieden.");
  });

  it("use the Arabic plural categories (zero, one, two, few, many, other)", () => {
    expect(m.myhours_total({ count: 0 }, { locale: "ar" })).toBe("لا توجد قيود");
    expect(m.myhours_total({ count: 1 }, { locale: "ar" })).toBe("قيد واحد");
    expect(m.myhours_total({ count: 2 }, { locale: "ar" })).toBe("قيدان");
    expect(m.myhours_total({ count: 3 }, { locale: "ar" })).toBe("3 قيود");
    expect(m.myhours_total({ count: 11 }, { locale: "ar" })).toBe("11 قيدًا");
    expect(m.myhours_total({ count: 100 }, { locale: "ar" })).toBe("100 قيد");
  });

  it("use the Ukrainian plural categories (one, few, many)", () => {
    expect(m.myhours_total({ count: 1 }, { locale: "uk" })).toBe("1 запис");
    expect(m.myhours_total({ count: 3 }, { locale: "uk" })).toBe("3 записи");
    expect(m.myhours_total({ count: 5 }, { locale: "uk" })).toBe("5 записів");
    expect(m.myhours_total({ count: 21 }, { locale: "uk" })).toBe("21 запис");
    expect(m.courses_waitlist({ count: 1 }, { locale: "tr" })).toBe("Bekleme listesinde 1 kişi");
    expect(m.queue_training_offersToAnswer({ count: 3 }, { locale: "uk" })).toBe("місця на курсах для вас");
    expect(m.queue_training_offersToAnswer({ count: 5 }, { locale: "uk" })).toBe("місць на курсах для вас");
    expect(m.queue_donations_awaitingAcceptance({ count: 1 }, { locale: "uk" })).toBe("пожертва очікує прийняття");
    expect(m.queue_donations_awaitingAcceptance({ count: 3 }, { locale: "uk" })).toBe("пожертви очікують прийняття");
    expect(m.queue_donations_awaitingAcceptance({ count: 11 }, { locale: "uk" })).toBe("пожертв очікують прийняття");
    expect(m.queue_appointments_interpreterRequestsToAnswer({ count: 22 }, { locale: "uk" })).toBe("запити на переклад чекають на відповідь");
    expect(m.queue_appointments_interpreterRequestsToAnswer({ count: 25 }, { locale: "uk" })).toBe("запитів на переклад чекають на відповідь");
    expect(m.queue_appointments_interpreterRequestsToAnswer({ count: 21 }, { locale: "uk" })).toBe("запит на переклад чекає на відповідь");
  });

  it("count the start page's work and the navigation's badges in Arabic by the number's category", () => {
    expect(m.queue_training_offersToAnswer({ count: 1 }, { locale: "ar" })).toBe("مكان في دورة معروض عليك");
    expect(m.queue_training_offersToAnswer({ count: 2 }, { locale: "ar" })).toBe("مكانان معروضان عليك في دورات");
    expect(m.queue_training_offersToAnswer({ count: 3 }, { locale: "ar" })).toBe("أماكن في دورات معروضة عليك");
    expect(m.queue_training_offersToAnswer({ count: 11 }, { locale: "ar" })).toBe("مكانًا معروضًا عليك في دورات");
    expect(m.queue_training_offersToAnswer({ count: 100 }, { locale: "ar" })).toBe("مكان معروض عليك في دورات");
    expect(m.queue_matching_proposalsToAnswer({ count: 2 }, { locale: "ar" })).toBe("اقتراحا Tandem ينتظران ردّك");
    expect(m.queue_matching_proposalsToAnswer({ count: 5 }, { locale: "ar" })).toBe("اقتراحات Tandem تنتظر ردّك");
    expect(m.queue_appointments_interpreterRequestsToAnswer({ count: 12 }, { locale: "ar" })).toBe("طلبًا للترجمة بانتظار ردّك");
    expect(m.queue_donations_awaitingAcceptance({ count: 2 }, { locale: "ar" })).toBe("تبرعان بانتظار القبول");
    expect(m.queue_navCount({ count: 1 }, { locale: "ar" })).toBe("(بند واحد مفتوح)");
    expect(m.queue_navCount({ count: 2 }, { locale: "ar" })).toBe("(بندان مفتوحان)");
    expect(m.queue_navCount({ count: 4 }, { locale: "ar" })).toBe("(4 بنود مفتوحة)");
    expect(m.queue_navCount({ count: 15 }, { locale: "ar" })).toBe("(15 بندًا مفتوحًا)");
    expect(m.queue_navCount({ count: 7 }, { locale: "uk" })).toBe("(7 відкрито)");
  });

  it("agree with every number of a question (\"für 1 teilnehmende Person\", \"1 Termin hat\")", () => {
    expect(m.manage_confirmComplete({ count: 1 }, { locale: "de" })).toMatch(/^Den Kurs jetzt für 1 teilnehmende Person abschließen\?/);
    expect(m.manage_confirmComplete({ count: 12 }, { locale: "de" })).toMatch(/^Den Kurs jetzt für 12 Teilnehmende abschließen\?/);
    expect(m.manage_confirmCompleteEarly({ ahead: 1, count: 1, held: 1 }, { locale: "de" })).toBe(
      "1 Termin hat noch nicht stattgefunden. Den Kurs jetzt für 1 teilnehmende Person abschließen und nur den 1 gehaltenen Termin werten? Der übrige Termin entfällt; das lässt sich nicht rückgängig machen.",
    );
    expect(m.manage_confirmCompleteEarly({ ahead: 2, count: 9, held: 6 }, { locale: "de" })).toBe(
      "2 Termine haben noch nicht stattgefunden. Den Kurs jetzt für 9 Teilnehmende abschließen und nur die 6 gehaltenen Termine werten? Die übrigen Termine entfallen; das lässt sich nicht rückgängig machen.",
    );
    expect(m.manage_confirmCompleteEarly({ ahead: 1, count: 2, held: 3 }, { locale: "en" })).toMatch(/^1 session has not taken place yet\. Complete the course now for 2 participants and count only the 3 sessions held\?/);
  });

  it("a staff message without a translation shows German", () => {
    expect(catalogues.ar!.review_title).toBeUndefined();
    expect(m.review_title({}, { locale: "ar" })).toBe(m.review_title({}, { locale: "de" }));
  });
});
