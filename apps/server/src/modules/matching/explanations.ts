// Why a pair scores what it scores, as the coordinator reads it: per criterion
// the raw value, the weight, the points and a sentence in the reader's
// language ("spricht Arabisch (Muttersprache)", "2,1 km entfernt", "3 Std.
// gemeinsame Zeit pro Woche"). A proposal stores the explanation's numbers
// (StoredExplanation), so it reads later exactly as it was; the sentence is
// written from them in whoever reads it later's language.
import { intlLocale, type Locale } from "@lotse/domain/locale";
import type { CriterionExplanation, Criterion, PairExplanation } from "./assignment/scoring.ts";

export interface StoredCriterion {
  criterion: Criterion;
  /** See CriterionExplanation.raw; null when unknown (a district missing). */
  raw: number | null;
  weight: number;
  /** Points × 100. */
  score: number;
  /** language: the shared language (ISO 639-1); topics: how many needs the family has. */
  languageCode?: string | null;
  needs?: number;
}

export interface StoredExplanation {
  /** Points × 100. */
  score: number;
  criteria: StoredCriterion[];
}

/** The scorer's explanation plus what its sentences need (which language, how many needs). */
export function storedExplanation(e: PairExplanation, extra: { languageCode: string | null; needs: number }): StoredExplanation {
  return {
    score: e.score,
    criteria: e.criteria.map((c: CriterionExplanation) => ({
      criterion: c.criterion,
      raw: Number.isFinite(c.raw) ? c.raw : null,
      weight: c.weight,
      score: c.score,
      ...(c.criterion === "language" ? { languageCode: extra.languageCode } : {}),
      ...(c.criterion === "topics" ? { needs: extra.needs } : {}),
    })),
  };
}

const LEVELS = ["", "A1", "A2", "B1", "B2", "C1", "C2"];

type Phrases = {
  language(name: string, level: string): string;
  noLanguage: string;
  native: string;
  km(km: string): string;
  noDistance: string;
  hours(h: string): string;
  topics(covered: number, needs: number): string;
  noNeeds: string;
  load(n: number): string;
  lotse: string;
  noLotse: string;
  waiting(days: number): string;
};

const PHRASES: Record<Locale, Phrases> = {
  de: {
    language: (name, level) => `spricht ${name} (${level})`,
    noLanguage: "keine gemeinsame Sprache",
    native: "Muttersprache",
    km: (km) => `${km} km entfernt`,
    noDistance: "Entfernung unbekannt (Stadtteil fehlt)",
    hours: (h) => `${h} Std. gemeinsame Zeit pro Woche`,
    topics: (c, n) => `deckt ${c} von ${n} ${n === 1 ? "Bedarf" : "Bedarfen"} ab`,
    noNeeds: "keine Bedarfe angegeben",
    load: (n) => (n === 0 ? "betreut zurzeit kein Tandem" : `betreut zurzeit ${n} ${n === 1 ? "Tandem" : "Tandems"}`),
    lotse: "qualifizierte/r Integrationslotse/-lotsin",
    noLotse: "keine Lotsen-Qualifikation",
    waiting: (d) => `wartet seit ${d} ${d === 1 ? "Tag" : "Tagen"}`,
  },
  en: {
    language: (name, level) => `speaks ${name} (${level})`,
    noLanguage: "no shared language",
    native: "native",
    km: (km) => `${km} km away`,
    noDistance: "distance unknown (no district)",
    hours: (h) => `${h} h of shared time per week`,
    topics: (c, n) => `covers ${c} of ${n} ${n === 1 ? "need" : "needs"}`,
    noNeeds: "no needs given",
    load: (n) => (n === 0 ? "has no tandem at the moment" : `has ${n} ${n === 1 ? "tandem" : "tandems"} at the moment`),
    lotse: "qualified Integrationslotse",
    noLotse: "no Lotse qualification",
    waiting: (d) => `waiting for ${d} ${d === 1 ? "day" : "days"}`,
  },
  ar: {
    language: (name, level) => `يتحدث ${name} (${level})`,
    noLanguage: "لا توجد لغة مشتركة",
    native: "اللغة الأم",
    km: (km) => `على بعد ${km} كم`,
    noDistance: "المسافة غير معروفة (الحي غير محدد)",
    hours: (h) => `${h} ساعات من الوقت المشترك أسبوعيًا`,
    topics: (c, n) => `يغطي ${c} من ${n} احتياجات`,
    noNeeds: "لم تُذكر احتياجات",
    load: (n) => (n === 0 ? "لا يرافق أي ثنائي حاليًا" : `يرافق حاليًا ${n} من الثنائيات`),
    lotse: "Integrationslotse مؤهَّل",
    noLotse: "بدون تأهيل Lotse",
    waiting: (d) => `ينتظر منذ ${d} يومًا`,
  },
  fa: {
    language: (name, level) => `${name} صحبت می‌کند (${level})`,
    noLanguage: "زبان مشترکی ندارند",
    native: "زبان مادری",
    km: (km) => `${km} کیلومتر فاصله`,
    noDistance: "فاصله نامعلوم (محله ثبت نشده)",
    hours: (h) => `${h} ساعت زمان مشترک در هفته`,
    topics: (c, n) => `${c} از ${n} نیاز را پوشش می‌دهد`,
    noNeeds: "نیازی ثبت نشده",
    load: (n) => (n === 0 ? "در حال حاضر تاندمی ندارد" : `در حال حاضر ${n} تاندم دارد`),
    lotse: "Integrationslotse دارای صلاحیت",
    noLotse: "بدون صلاحیت Lotse",
    waiting: (d) => `${d} روز است که منتظر است`,
  },
  uk: {
    language: (name, level) => `розмовляє мовою: ${name} (${level})`,
    noLanguage: "немає спільної мови",
    native: "рідна мова",
    km: (km) => `${km} км відстані`,
    noDistance: "відстань невідома (район не вказано)",
    hours: (h) => `${h} год спільного часу на тиждень`,
    topics: (c, n) => `охоплює ${c} з ${n} потреб`,
    noNeeds: "потреби не вказано",
    load: (n) => (n === 0 ? "зараз не має тандему" : `зараз має тандемів: ${n}`),
    lotse: "кваліфікований Integrationslotse",
    noLotse: "без кваліфікації Lotse",
    waiting: (d) => `чекає днів: ${d}`,
  },
  tr: {
    language: (name, level) => `${name} konuşuyor (${level})`,
    noLanguage: "ortak dil yok",
    native: "ana dil",
    km: (km) => `${km} km uzaklıkta`,
    noDistance: "mesafe bilinmiyor (semt yok)",
    hours: (h) => `haftada ${h} saat ortak zaman`,
    topics: (c, n) => `${n} ihtiyacın ${c} tanesini karşılıyor`,
    noNeeds: "ihtiyaç belirtilmemiş",
    load: (n) => (n === 0 ? "şu anda tandemi yok" : `şu anda ${n} tandemi var`),
    lotse: "nitelikli Integrationslotse",
    noLotse: "Lotse niteliği yok",
    waiting: (d) => `${d} gündür bekliyor`,
  },
};

// Intl's formatters are costly to build (a list of 20 suggestions has 140 sentences): one per language.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const languageNames = new Map<Locale, Intl.DisplayNames>();
const numberFormat = (locale: Locale) => {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 })));
  return f;
};
const languageName = (locale: Locale, code: string) => {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([intlLocale(locale)], { type: "language" })));
  return names.of(code) ?? code;
};

/** The sentence for one criterion in the reader's language. */
export function criterionSentence(c: StoredCriterion, locale: Locale): string {
  const p = PHRASES[locale] ?? PHRASES.de;
  const number = (x: number) => numberFormat(locale).format(x);
  const raw = c.raw;
  switch (c.criterion) {
    case "language": {
      if (!raw || !c.languageCode) return p.noLanguage;
      const name = languageName(locale, c.languageCode);
      return p.language(name, raw >= 7 ? p.native : LEVELS[raw]!);
    }
    case "distance":
      return raw === null ? p.noDistance : p.km(number(raw));
    case "timeOverlap":
      return p.hours(number(raw ?? 0));
    case "topics":
      return c.needs ? p.topics(raw ?? 0, c.needs) : p.noNeeds;
    case "load":
      return p.load(raw ?? 0);
    case "qualification":
      return raw ? p.lotse : p.noLotse;
    case "waiting":
      return p.waiting(raw ?? 0);
  }
}
