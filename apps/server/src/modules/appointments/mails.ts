// Emails of the appointments area in the recipient's language. Guardians and
// interpreters (volunteers) get every language of the app; staff mails are
// German and English. Guardians get the child's first name and the time and
// place; interpreters get the time, place and language, never the child.
import { formatBerlinDateTime } from "@lotse/domain/berlin-time";
import { parseLocale, type Locale } from "@lotse/domain/locale";

export interface Mail {
  subject: string;
  text: string;
}

export interface AppointmentFacts {
  startsAt: Date;
  room: string;
  organization: string;
  /** The interpreting language's code (ar, fa …). */
  language?: string | null;
  childFirstName?: string;
  /** A link into Lotse (the interpreter's requests, the appointment). */
  link?: string;
  /** When the interpreter's answer is due. */
  respondBy?: Date | null;
}

export type AppointmentMailEvent =
  | "guardianReminder"
  | "staffReminder"
  | "interpreterReminder"
  | "interpreterAssigned"
  | "interpreterConfirmed"
  | "counsellorInterpreterConfirmed"
  | "rescheduled"
  | "cancelled"
  | "requestReopened";

type Texts = Record<AppointmentMailEvent, (f: AppointmentFacts & { when: string; due: string; lang: string }) => Mail>;

const languageName = (code: string | null | undefined, locale: Locale) => {
  if (!code) return "";
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
};

const de: Texts = {
  guardianReminder: (f) => ({
    subject: `Erinnerung: Schuleinstiegsberatung am ${f.when}`,
    text: `Guten Tag,\n\nwir erinnern an den Termin zur Schuleinstiegsberatung für ${f.childFirstName} am ${f.when} (Ort: ${f.room}, ${f.organization}).\n\nBitte bringen Sie vorhandene Zeugnisse mit. Wenn Sie nicht kommen können, sagen Sie bitte ab.`,
  }),
  staffReminder: (f) => ({ subject: `Lotse: Beratungstermin morgen, ${f.when}`, text: `Erinnerung: Schuleinstiegsberatung am ${f.when}, Raum ${f.room}.${f.language ? ` Sprachmittlung: ${f.lang}.` : ""}\n\n${f.link ?? ""}` }),
  interpreterReminder: (f) => ({ subject: `Lotse: Sprachmittlung morgen, ${f.when}`, text: `Erinnerung: Sie dolmetschen (${f.lang}) am ${f.when} bei der Schuleinstiegsberatung, ${f.organization}, Raum ${f.room}.\n\n${f.link ?? ""}` }),
  interpreterAssigned: (f) => ({
    subject: `Lotse: Anfrage Sprachmittlung (${f.lang}) am ${f.when}`,
    text: `Die Koordination fragt Sie für eine Sprachmittlung an: ${f.lang}, ${f.when}, ${f.organization}, Raum ${f.room}.\n\nBitte sagen Sie in Lotse bis ${f.due} zu oder ab: ${f.link ?? ""}`,
  }),
  interpreterConfirmed: (f) => ({
    subject: `Lotse: Bestätigung Sprachmittlung am ${f.when}`,
    text: `Hiermit bestätigen wir Ihren Einsatz als Sprachmittler/in (${f.lang}) am ${f.when}, ${f.organization}, Raum ${f.room}.\n\nDie Kalenderdatei (Termin) hängt an; Einzelheiten in Lotse: ${f.link ?? ""}`,
  }),
  counsellorInterpreterConfirmed: (f) => ({
    subject: `Lotse: Sprachmittlung bestätigt für ${f.when}`,
    text: `Für den Beratungstermin am ${f.when} (Raum ${f.room}) hat eine Sprachmittlerin / ein Sprachmittler (${f.lang}) zugesagt.\n\n${f.link ?? ""}`,
  }),
  rescheduled: (f) => ({ subject: `Lotse: Termin verlegt auf ${f.when}`, text: `Der Termin wurde verlegt: neu am ${f.when}, ${f.organization}, Raum ${f.room}.\n\n${f.link ?? ""}` }),
  cancelled: (f) => ({ subject: `Lotse: Termin am ${f.when} abgesagt`, text: `Der Termin am ${f.when} (${f.organization}, Raum ${f.room}) wurde abgesagt.` }),
  requestReopened: (f) => ({
    subject: `Lotse: Sprachmittlung (${f.lang}) am ${f.when} wieder offen`,
    text: `Die Anfrage für eine Sprachmittlung (${f.lang}) am ${f.when} ist wieder offen (abgelehnt oder nicht rechtzeitig beantwortet). Bitte weisen Sie jemand anderen zu.\n\n${f.link ?? ""}`,
  }),
};

const en: Texts = {
  guardianReminder: (f) => ({
    subject: `Reminder: school-entry counselling on ${f.when}`,
    text: `Hello,\n\nthis is a reminder of the school-entry counselling appointment for ${f.childFirstName} on ${f.when} (place: ${f.room}, ${f.organization}).\n\nPlease bring any school reports you have. If you cannot come, please let us know.`,
  }),
  staffReminder: (f) => ({ subject: `Lotse: counselling appointment tomorrow, ${f.when}`, text: `Reminder: school-entry counselling on ${f.when}, room ${f.room}.${f.language ? ` Interpreting: ${f.lang}.` : ""}\n\n${f.link ?? ""}` }),
  interpreterReminder: (f) => ({ subject: `Lotse: interpreting tomorrow, ${f.when}`, text: `Reminder: you interpret (${f.lang}) on ${f.when} at the school-entry counselling, ${f.organization}, room ${f.room}.\n\n${f.link ?? ""}` }),
  interpreterAssigned: (f) => ({
    subject: `Lotse: interpreting request (${f.lang}) on ${f.when}`,
    text: `The coordination office asks you to interpret: ${f.lang}, ${f.when}, ${f.organization}, room ${f.room}.\n\nPlease accept or decline in Lotse by ${f.due}: ${f.link ?? ""}`,
  }),
  interpreterConfirmed: (f) => ({
    subject: `Lotse: interpreting confirmed for ${f.when}`,
    text: `We confirm your assignment as an interpreter (${f.lang}) on ${f.when}, ${f.organization}, room ${f.room}.\n\nThe calendar file is attached; details in Lotse: ${f.link ?? ""}`,
  }),
  counsellorInterpreterConfirmed: (f) => ({
    subject: `Lotse: interpreter confirmed for ${f.when}`,
    text: `An interpreter (${f.lang}) has accepted the counselling appointment on ${f.when} (room ${f.room}).\n\n${f.link ?? ""}`,
  }),
  rescheduled: (f) => ({ subject: `Lotse: appointment moved to ${f.when}`, text: `The appointment was moved: now on ${f.when}, ${f.organization}, room ${f.room}.\n\n${f.link ?? ""}` }),
  cancelled: (f) => ({ subject: `Lotse: appointment on ${f.when} cancelled`, text: `The appointment on ${f.when} (${f.organization}, room ${f.room}) was cancelled.` }),
  requestReopened: (f) => ({
    subject: `Lotse: interpreting (${f.lang}) on ${f.when} open again`,
    text: `The interpreting request (${f.lang}) on ${f.when} is open again (declined or not answered in time). Please assign someone else.\n\n${f.link ?? ""}`,
  }),
};

/** What guardians and interpreters receive, in the languages of the volunteers' pages; staff-only events fall back to German. */
type VolunteerTexts = Pick<Texts, "guardianReminder" | "interpreterReminder" | "interpreterAssigned" | "interpreterConfirmed" | "rescheduled" | "cancelled">;

const ar: VolunteerTexts = {
  guardianReminder: (f) => ({
    subject: `تذكير: استشارة الالتحاق بالمدرسة في ${f.when}`,
    text: `مرحبًا،\n\nنذكّركم بموعد استشارة الالتحاق بالمدرسة للطفل/الطفلة ${f.childFirstName} في ${f.when} (المكان: ${f.room}، ${f.organization}).\n\nيُرجى إحضار الشهادات المدرسية المتوفرة. إذا لم تتمكنوا من الحضور فيُرجى إلغاء الموعد.`,
  }),
  interpreterReminder: (f) => ({ subject: `Lotse: ترجمة فورية غدًا، ${f.when}`, text: `تذكير: ستقوم بالترجمة (${f.lang}) في ${f.when} في استشارة الالتحاق بالمدرسة، ${f.organization}، الغرفة ${f.room}.\n\n${f.link ?? ""}` }),
  interpreterAssigned: (f) => ({
    subject: `Lotse: طلب ترجمة (${f.lang}) في ${f.when}`,
    text: `يطلب منك مكتب التنسيق القيام بترجمة: ${f.lang}، ${f.when}، ${f.organization}، الغرفة ${f.room}.\n\nيُرجى القبول أو الرفض في Lotse حتى ${f.due}: ${f.link ?? ""}`,
  }),
  interpreterConfirmed: (f) => ({ subject: `Lotse: تأكيد الترجمة في ${f.when}`, text: `نؤكد مهمتك كمترجم/ة (${f.lang}) في ${f.when}، ${f.organization}، الغرفة ${f.room}.\n\nملف التقويم (الموعد) مرفق؛ التفاصيل في Lotse: ${f.link ?? ""}` }),
  rescheduled: (f) => ({ subject: `Lotse: نُقل الموعد إلى ${f.when}`, text: `تم نقل الموعد: الموعد الجديد ${f.when}، ${f.organization}، الغرفة ${f.room}.\n\n${f.link ?? ""}` }),
  cancelled: (f) => ({ subject: `Lotse: أُلغي موعد ${f.when}`, text: `أُلغي الموعد في ${f.when} (${f.organization}، الغرفة ${f.room}).` }),
};

const fa: VolunteerTexts = {
  guardianReminder: (f) => ({
    subject: `یادآوری: مشاورهٔ ورود به مدرسه در ${f.when}`,
    text: `سلام،\n\nوقت مشاورهٔ ورود به مدرسه برای ${f.childFirstName} را یادآوری می‌کنیم: ${f.when} (مکان: ${f.room}، ${f.organization}).\n\nلطفاً کارنامه‌های مدرسه را اگر دارید همراه بیاورید. اگر نمی‌توانید بیایید، لطفاً وقت را لغو کنید.`,
  }),
  interpreterReminder: (f) => ({ subject: `Lotse: ترجمهٔ شفاهی فردا، ${f.when}`, text: `یادآوری: شما در ${f.when} در مشاورهٔ ورود به مدرسه ترجمه می‌کنید (${f.lang})، ${f.organization}، اتاق ${f.room}.\n\n${f.link ?? ""}` }),
  interpreterAssigned: (f) => ({
    subject: `Lotse: درخواست ترجمه (${f.lang}) در ${f.when}`,
    text: `دفتر هماهنگی از شما برای ترجمه درخواست می‌کند: ${f.lang}، ${f.when}، ${f.organization}، اتاق ${f.room}.\n\nلطفاً تا ${f.due} در Lotse بپذیرید یا رد کنید: ${f.link ?? ""}`,
  }),
  interpreterConfirmed: (f) => ({ subject: `Lotse: تأیید ترجمه در ${f.when}`, text: `مأموریت شما به عنوان مترجم (${f.lang}) در ${f.when}، ${f.organization}، اتاق ${f.room} تأیید می‌شود.\n\nفایل تقویم (وقت) پیوست است؛ جزئیات در Lotse: ${f.link ?? ""}` }),
  rescheduled: (f) => ({ subject: `Lotse: وقت به ${f.when} منتقل شد`, text: `وقت جابه‌جا شد: زمان جدید ${f.when}، ${f.organization}، اتاق ${f.room}.\n\n${f.link ?? ""}` }),
  cancelled: (f) => ({ subject: `Lotse: وقت ${f.when} لغو شد`, text: `وقت ${f.when} (${f.organization}، اتاق ${f.room}) لغو شد.` }),
};

const uk: VolunteerTexts = {
  guardianReminder: (f) => ({
    subject: `Нагадування: консультація щодо вступу до школи ${f.when}`,
    text: `Добрий день,\n\nнагадуємо про консультацію щодо вступу до школи для ${f.childFirstName} ${f.when} (місце: ${f.room}, ${f.organization}).\n\nБудь ласка, візьміть із собою наявні шкільні табелі. Якщо ви не можете прийти, будь ласка, скасуйте зустріч.`,
  }),
  interpreterReminder: (f) => ({ subject: `Lotse: усний переклад завтра, ${f.when}`, text: `Нагадування: ви перекладаєте (${f.lang}) ${f.when} на консультації щодо вступу до школи, ${f.organization}, кімната ${f.room}.\n\n${f.link ?? ""}` }),
  interpreterAssigned: (f) => ({
    subject: `Lotse: запит на переклад (${f.lang}) ${f.when}`,
    text: `Координація просить вас про переклад: ${f.lang}, ${f.when}, ${f.organization}, кімната ${f.room}.\n\nБудь ласка, прийміть або відхиліть у Lotse до ${f.due}: ${f.link ?? ""}`,
  }),
  interpreterConfirmed: (f) => ({ subject: `Lotse: переклад підтверджено на ${f.when}`, text: `Підтверджуємо вашу участь як перекладача (${f.lang}) ${f.when}, ${f.organization}, кімната ${f.room}.\n\nФайл календаря (зустріч) додано; подробиці в Lotse: ${f.link ?? ""}` }),
  rescheduled: (f) => ({ subject: `Lotse: зустріч перенесено на ${f.when}`, text: `Зустріч перенесено: нова дата ${f.when}, ${f.organization}, кімната ${f.room}.\n\n${f.link ?? ""}` }),
  cancelled: (f) => ({ subject: `Lotse: зустріч ${f.when} скасовано`, text: `Зустріч ${f.when} (${f.organization}, кімната ${f.room}) скасовано.` }),
};

const tr: VolunteerTexts = {
  guardianReminder: (f) => ({
    subject: `Hatırlatma: ${f.when} okula başlama danışmanlığı`,
    text: `Merhaba,\n\n${f.childFirstName} için okula başlama danışmanlığı randevusunu hatırlatırız: ${f.when} (yer: ${f.room}, ${f.organization}).\n\nLütfen varsa okul karnelerini getirin. Gelemeyecekseniz lütfen randevuyu iptal edin.`,
  }),
  interpreterReminder: (f) => ({ subject: `Lotse: yarın sözlü çeviri, ${f.when}`, text: `Hatırlatma: ${f.when} tarihinde okula başlama danışmanlığında çeviri yapıyorsunuz (${f.lang}), ${f.organization}, oda ${f.room}.\n\n${f.link ?? ""}` }),
  interpreterAssigned: (f) => ({
    subject: `Lotse: çeviri talebi (${f.lang}) ${f.when}`,
    text: `Koordinasyon sizden çeviri istiyor: ${f.lang}, ${f.when}, ${f.organization}, oda ${f.room}.\n\nLütfen ${f.due} tarihine kadar Lotse'de kabul edin veya reddedin: ${f.link ?? ""}`,
  }),
  interpreterConfirmed: (f) => ({ subject: `Lotse: ${f.when} çeviri onaylandı`, text: `${f.when} tarihinde ${f.organization}, oda ${f.room} için tercüman (${f.lang}) olarak görevinizi onaylıyoruz.\n\nTakvim dosyası (randevu) ektedir; ayrıntılar Lotse'de: ${f.link ?? ""}` }),
  rescheduled: (f) => ({ subject: `Lotse: randevu ${f.when} tarihine alındı`, text: `Randevu değişti: yeni tarih ${f.when}, ${f.organization}, oda ${f.room}.\n\n${f.link ?? ""}` }),
  cancelled: (f) => ({ subject: `Lotse: ${f.when} randevusu iptal edildi`, text: `${f.when} randevusu (${f.organization}, oda ${f.room}) iptal edildi.` }),
};

const catalogues: Record<Locale, Partial<Texts>> = { de, en, ar, fa, uk, tr };

/** The mail in the locale, German where that locale has no text for the event. */
export function appointmentMail(locale: Locale, event: AppointmentMailEvent, facts: AppointmentFacts): Mail {
  const texts = catalogues[locale]?.[event] ? catalogues[locale] : de;
  const used: Locale = texts === de ? "de" : locale;
  const when = formatBerlinDateTime(facts.startsAt, used);
  const due = facts.respondBy ? formatBerlinDateTime(facts.respondBy, used) : "";
  return texts[event]!({ ...facts, when, due, lang: languageName(facts.language, used) });
}

/** A guardian's language (the ISO code they read) as one of the app's locales, German otherwise. */
export const guardianLocale = (readsLanguage: string): Locale => parseLocale(readsLanguage) ?? "de";
