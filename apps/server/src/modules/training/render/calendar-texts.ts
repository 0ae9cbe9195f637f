// The fixed texts of the course calendars (the cohort's ICS file, a participant's private
// feed) in the recipient's language: a volunteer who reads Lotse in Arabic gets the event's
// description, the offer's note and the calendar's name in Arabic. The data in them (the
// course's title, a cancellation's reason) stays as the organisation wrote it, translated
// where the data carries a translation.
import type { Locale } from "@lotse/domain/locale";

export interface CalendarTexts {
  /** The line naming the course the cohort runs. */
  course: (title: string) => string;
  /** The line with a session's online link. */
  online: (url: string) => string;
  /** The cohort was cancelled, with the reason given (if any). */
  cancelled: (reason: string | null) => string;
  /** On a session of a cohort whose place is offered to the person (not yet accepted). */
  offered: string;
  /** On a session after the person's enrolment ended (withdrawn, removed, offer declined or expired). */
  left: string;
  /** The private feed's name in a calendar app. */
  feedName: string;
}

const CALENDAR_TEXTS: Record<Locale, CalendarTexts> = {
  de: {
    course: (t) => `Kurs: ${t}`,
    online: (u) => `Online: ${u}`,
    cancelled: (r) => `Der Kurs wurde abgesagt${r ? `: ${r}` : "."}`,
    offered: "Ihnen ist ein Platz angeboten. Bitte nehmen Sie das Angebot in Lotse an.",
    left: "Sie nehmen an diesem Kurs nicht mehr teil.",
    feedName: "Lotse: Meine Kurstermine",
  },
  en: {
    course: (t) => `Course: ${t}`,
    online: (u) => `Online: ${u}`,
    cancelled: (r) => `The course has been cancelled${r ? `: ${r}` : "."}`,
    offered: "You have been offered a place. Please accept the offer in Lotse.",
    left: "You no longer take part in this course.",
    feedName: "Lotse: my course sessions",
  },
  ar: {
    course: (t) => `الدورة: ${t}`,
    online: (u) => `عبر الإنترنت: ${u}`,
    cancelled: (r) => `أُلغيت الدورة${r ? `: ${r}` : "."}`,
    offered: "عُرض عليك مكان في هذه الدورة. يُرجى قبول العرض في Lotse.",
    left: "لم تعد مشاركًا في هذه الدورة.",
    feedName: "Lotse: مواعيد دوراتي",
  },
  fa: {
    course: (t) => `دوره: ${t}`,
    online: (u) => `آنلاین: ${u}`,
    cancelled: (r) => `دوره لغو شد${r ? `: ${r}` : "."}`,
    offered: "یک جا در این دوره به شما پیشنهاد شده است. لطفاً پیشنهاد را در Lotse بپذیرید.",
    left: "شما دیگر در این دوره شرکت نمی‌کنید.",
    feedName: "Lotse: جلسه‌های دوره‌های من",
  },
  uk: {
    course: (t) => `Курс: ${t}`,
    online: (u) => `Онлайн: ${u}`,
    cancelled: (r) => `Курс скасовано${r ? `: ${r}` : "."}`,
    offered: "Вам запропоновано місце на курсі. Будь ласка, прийміть пропозицію в Lotse.",
    left: "Ви більше не берете участі в цьому курсі.",
    feedName: "Lotse: мої заняття на курсах",
  },
  tr: {
    course: (t) => `Kurs: ${t}`,
    online: (u) => `Çevrimiçi: ${u}`,
    cancelled: (r) => `Kurs iptal edildi${r ? `: ${r}` : "."}`,
    offered: "Size bu kursta bir yer teklif edildi. Lütfen teklifi Lotse'de kabul edin.",
    left: "Artık bu kursa katılmıyorsunuz.",
    feedName: "Lotse: Kurs oturumlarım",
  },
};

export const calendarTexts = (locale: Locale): CalendarTexts => CALENDAR_TEXTS[locale] ?? CALENDAR_TEXTS.de;
