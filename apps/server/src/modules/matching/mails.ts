// Emails of the tandems area, in the recipient's language (User.locale). What a
// volunteer receives (a proposal, the friendly reminder) exists in all six
// languages; what a coordinator receives (a decline, the daily digest) in German
// and English, German for the other languages (the office's working language).
import type { Locale } from "../../generated/prisma/client.ts";

interface Mail {
  subject: string;
  text: string;
}

export interface ProposalMailInput {
  name: string;
  organization: string;
  /** The family as the volunteer may see it before accepting: first names, district. */
  firstNames: string;
  district: string | null;
  link: string;
}

const PROPOSAL: Record<Locale, (m: ProposalMailInput) => Mail> = {
  DE: (m) => ({
    subject: "Lotse: Vorschlag für ein Tandem",
    text: `Hallo ${m.name},\n\n${m.organization} schlägt Ihnen ein Tandem mit ${m.firstNames}${m.district ? ` (${m.district})` : ""} vor. Bitte sagen Sie zu oder ab:\n\n${m.link}\n\nDie Kontaktdaten der Familie sehen Sie, sobald Sie zugesagt haben.\n`,
  }),
  EN: (m) => ({
    subject: "Lotse: a tandem proposal",
    text: `Hello ${m.name},\n\n${m.organization} proposes a tandem with ${m.firstNames}${m.district ? ` (${m.district})` : ""}. Please accept or decline:\n\n${m.link}\n\nYou will see the family's contact details once you have accepted.\n`,
  }),
  AR: (m) => ({
    subject: "Lotse: اقتراح ثنائي (تاندم)",
    text: `مرحبًا ${m.name}،\n\nتقترح عليك ${m.organization} تاندم مع ${m.firstNames}${m.district ? ` (${m.district})` : ""}. يُرجى القبول أو الرفض:\n\n${m.link}\n\nسترى بيانات الاتصال بالعائلة بعد قبولك.\n`,
  }),
  FA: (m) => ({
    subject: "Lotse: پیشنهاد یک تاندم",
    text: `سلام ${m.name}،\n\n${m.organization} یک تاندم با ${m.firstNames}${m.district ? ` (${m.district})` : ""} به شما پیشنهاد می‌کند. لطفاً بپذیرید یا رد کنید:\n\n${m.link}\n\nپس از پذیرش، اطلاعات تماس خانواده را می‌بینید.\n`,
  }),
  UK: (m) => ({
    subject: "Lotse: пропозиція тандему",
    text: `Доброго дня, ${m.name}!\n\n${m.organization} пропонує Вам тандем із ${m.firstNames}${m.district ? ` (${m.district})` : ""}. Будь ласка, погодьтеся або відмовтеся:\n\n${m.link}\n\nКонтактні дані родини Ви побачите, щойно погодитеся.\n`,
  }),
  TR: (m) => ({
    subject: "Lotse: Tandem önerisi",
    text: `Merhaba ${m.name},\n\n${m.organization} size ${m.firstNames}${m.district ? ` (${m.district})` : ""} ile bir tandem öneriyor. Lütfen kabul edin veya reddedin:\n\n${m.link}\n\nAileyle iletişim bilgilerini kabul ettikten sonra görürsünüz.\n`,
  }),
};

export const proposalMail = (locale: Locale, m: ProposalMailInput): Mail => (PROPOSAL[locale] ?? PROPOSAL.DE)(m);

export interface ReminderMailInput {
  name: string;
  firstNames: string;
  days: number;
  link: string;
}

const REMINDER: Record<Locale, (m: ReminderMailInput) => Mail> = {
  DE: (m) => ({
    subject: "Lotse: Wie geht es Ihrem Tandem?",
    text: `Hallo ${m.name},\n\nseit ${m.days} Tagen ist für Ihr Tandem mit ${m.firstNames} kein Kontakt eingetragen. Wenn Sie sich gesehen oder gesprochen haben, tragen Sie es gern kurz ein:\n\n${m.link}\n\nVielen Dank für Ihr Engagement!\n`,
  }),
  EN: (m) => ({
    subject: "Lotse: how is your tandem going?",
    text: `Hello ${m.name},\n\nno contact has been logged for your tandem with ${m.firstNames} for ${m.days} days. If you have met or talked, please log it briefly:\n\n${m.link}\n\nThank you for your commitment!\n`,
  }),
  AR: (m) => ({
    subject: "Lotse: كيف حال التاندم الخاص بك؟",
    text: `مرحبًا ${m.name}،\n\nلم يُسجَّل أي تواصل في التاندم مع ${m.firstNames} منذ ${m.days} يومًا. إذا التقيتم أو تحدثتم، يُرجى تسجيل ذلك باختصار:\n\n${m.link}\n\nشكرًا لالتزامك!\n`,
  }),
  FA: (m) => ({
    subject: "Lotse: تاندم شما چطور پیش می‌رود؟",
    text: `سلام ${m.name}،\n\n${m.days} روز است که برای تاندم شما با ${m.firstNames} تماسی ثبت نشده است. اگر همدیگر را دیده‌اید یا صحبت کرده‌اید، لطفاً کوتاه ثبت کنید:\n\n${m.link}\n\nاز همراهی شما سپاسگزاریم!\n`,
  }),
  UK: (m) => ({
    subject: "Lotse: як справи у Вашому тандемі?",
    text: `Доброго дня, ${m.name}!\n\nУже ${m.days} днів для Вашого тандему з ${m.firstNames} не записано жодного контакту. Якщо Ви бачилися або розмовляли, будь ласка, коротко запишіть це:\n\n${m.link}\n\nДякуємо за Вашу участь!\n`,
  }),
  TR: (m) => ({
    subject: "Lotse: Tandeminiz nasıl gidiyor?",
    text: `Merhaba ${m.name},\n\n${m.firstNames} ile tandeminiz için ${m.days} gündür hiçbir görüşme kaydedilmedi. Görüştüyseniz lütfen kısaca kaydedin:\n\n${m.link}\n\nKatkınız için teşekkür ederiz!\n`,
  }),
};

export const reminderMail = (locale: Locale, m: ReminderMailInput): Mail => (REMINDER[locale] ?? REMINDER.DE)(m);

export interface DeclineMailInput {
  name: string;
  volunteer: string;
  family: string;
  reason: string;
  link: string;
}

export function declineMail(locale: Locale, m: DeclineMailInput): Mail {
  return locale === "EN"
    ? {
        subject: `Lotse: ${m.volunteer} declined the tandem with ${m.family}`,
        text: `Hello ${m.name},\n\n${m.volunteer} declined the proposed tandem with ${m.family}.\n\nReason: ${m.reason}\n\nThe family is waiting again:\n\n${m.link}\n`,
      }
    : {
        subject: `Lotse: ${m.volunteer} hat das Tandem mit ${m.family} abgelehnt`,
        text: `Hallo ${m.name},\n\n${m.volunteer} hat das vorgeschlagene Tandem mit ${m.family} abgelehnt.\n\nGrund: ${m.reason}\n\nDie Familie wartet wieder:\n\n${m.link}\n`,
      };
}

export interface DigestMailInput {
  name: string;
  days: number;
  tandems: { volunteer: string; family: string; lastContact: string | null }[];
  link: string;
}

export function digestMail(locale: Locale, m: DigestMailInput): Mail {
  const en = locale === "EN";
  const lines = m.tandems.map((t) => `- ${t.volunteer} – ${t.family}: ${t.lastContact ? (en ? `last contact ${t.lastContact}` : `letzter Kontakt ${t.lastContact}`) : en ? "no contact yet" : "noch kein Kontakt"}`);
  return en
    ? {
        subject: `Lotse: ${m.tandems.length} ${m.tandems.length === 1 ? "tandem" : "tandems"} without contact for ${m.days} days`,
        text: `Hello ${m.name},\n\nthese active tandems have logged no contact for ${m.days} days or more:\n\n${lines.join("\n")}\n\n${m.link}\n`,
      }
    : {
        subject: `Lotse: ${m.tandems.length} ${m.tandems.length === 1 ? "Tandem" : "Tandems"} seit ${m.days} Tagen ohne Kontakt`,
        text: `Hallo ${m.name},\n\nfür diese aktiven Tandems ist seit ${m.days} Tagen oder länger kein Kontakt eingetragen:\n\n${lines.join("\n")}\n\n${m.link}\n`,
      };
}
