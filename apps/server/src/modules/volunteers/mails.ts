// Emails of the volunteers area, in the recipient's language (User.locale; at sign-up the
// language of the page). German and English, and Arabic, Farsi, Ukrainian and Turkish, the
// languages of the volunteers' pages. Glossary terms (Lotse, Ehrenamtskarte, Nachweis) stay German.
import { formatDate } from "@lotse/domain/calendar-date";
import { formatDuration } from "@lotse/domain/duration";
import { type Locale as UiLocale } from "@lotse/domain/locale";
import type { Locale } from "../../generated/prisma/client.ts";
import type { Eligibility } from "./eligibility.ts";

interface Mail {
  subject: string;
  text: string;
}

const ui = (locale: Locale): UiLocale => locale.toLowerCase() as UiLocale;

const VERIFY: Record<Locale, (name: string, organization: string, link: string) => Mail> = {
  DE: (name, organization, link) => ({
    subject: "Lotse: Bitte bestätigen Sie Ihre E-Mail-Adresse",
    text: `Hallo ${name},\n\nvielen Dank für Ihre Anmeldung als Ehrenamtliche/r bei ${organization}. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:\n\n${link}\n\nDanach sieht sich eine Koordinatorin oder ein Koordinator Ihre Anmeldung an und meldet sich bei Ihnen.\n`,
  }),
  EN: (name, organization, link) => ({
    subject: "Lotse: please confirm your email address",
    text: `Hello ${name},\n\nthank you for signing up as a volunteer with ${organization}. Please confirm your email address with this link:\n\n${link}\n\nAfter that a coordinator will look at your sign-up and get in touch.\n`,
  }),
  AR: (name, organization, link) => ({
    subject: "Lotse: يُرجى تأكيد عنوان بريدك الإلكتروني",
    text: `مرحبًا ${name}،\n\nشكرًا لتسجيلك متطوعًا لدى ${organization}. يُرجى تأكيد عنوان بريدك الإلكتروني عبر هذا الرابط:\n\n${link}\n\nبعد ذلك سيراجع أحد المنسقين تسجيلك ويتواصل معك.\n`,
  }),
  FA: (name, organization, link) => ({
    subject: "Lotse: لطفاً نشانی ایمیل خود را تأیید کنید",
    text: `سلام ${name}،\n\nاز ثبت‌نام شما به‌عنوان داوطلب نزد ${organization} سپاسگزاریم. لطفاً نشانی ایمیل خود را با این پیوند تأیید کنید:\n\n${link}\n\nپس از آن یکی از هماهنگ‌کنندگان ثبت‌نام شما را بررسی می‌کند و با شما تماس می‌گیرد.\n`,
  }),
  UK: (name, organization, link) => ({
    subject: "Lotse: будь ласка, підтвердьте адресу електронної пошти",
    text: `Доброго дня, ${name}!\n\nДякуємо за Вашу реєстрацію як волонтера в ${organization}. Будь ласка, підтвердьте адресу електронної пошти за цим посиланням:\n\n${link}\n\nПісля цього координатор перегляне Вашу реєстрацію та зв’яжеться з Вами.\n`,
  }),
  TR: (name, organization, link) => ({
    subject: "Lotse: Lütfen e-posta adresinizi onaylayın",
    text: `Merhaba ${name},\n\n${organization} bünyesinde gönüllü olarak kaydolduğunuz için teşekkür ederiz. Lütfen e-posta adresinizi bu bağlantıyla onaylayın:\n\n${link}\n\nArdından bir koordinatör kaydınızı inceleyecek ve sizinle iletişime geçecek.\n`,
  }),
};

export function verifyEmailMail(locale: Locale, name: string, organization: string, link: string): Mail {
  return (VERIFY[locale] ?? VERIFY.DE)(name, organization, link);
}

const ALREADY: Record<Locale, { subject: string; text: (name: string, organization: string, loginLink: string, resetLink: string) => string }> = {
  DE: {
    subject: "Lotse: Anmeldung mit Ihrer E-Mail-Adresse",
    text: (name, organization, loginLink, resetLink) =>
      `Hallo ${name},\n\njemand wollte sich mit Ihrer E-Mail-Adresse als Ehrenamtliche/r bei ${organization} anmelden. Für diese Adresse gibt es bereits einen Lotse-Zugang. Wenn Sie das waren, melden Sie sich hier an:\n\n${loginLink}\n\nPasswort vergessen? ${resetLink}\n\nWenn Sie das nicht waren, können Sie diese E-Mail ignorieren.\n`,
  },
  EN: {
    subject: "Lotse: sign-up with your email address",
    text: (name, organization, loginLink, resetLink) =>
      `Hello ${name},\n\nsomeone tried to sign up as a volunteer with ${organization} using your email address, which already has a Lotse account. If that was you, sign in here:\n\n${loginLink}\n\nForgot your password? ${resetLink}\n\nIf it was not you, you can ignore this email.\n`,
  },
  AR: {
    subject: "Lotse: تسجيل باستخدام عنوان بريدك الإلكتروني",
    text: (name, organization, loginLink, resetLink) =>
      `مرحبًا ${name}،\n\nحاول أحدهم التسجيل متطوعًا لدى ${organization} باستخدام عنوان بريدك الإلكتروني. لهذا العنوان حساب في Lotse بالفعل. إذا كنت أنت، فسجّل الدخول من هنا:\n\n${loginLink}\n\nهل نسيت كلمة المرور؟ ${resetLink}\n\nإذا لم تكن أنت، يمكنك تجاهل هذه الرسالة.\n`,
  },
  FA: {
    subject: "Lotse: ثبت‌نام با نشانی ایمیل شما",
    text: (name, organization, loginLink, resetLink) =>
      `سلام ${name}،\n\nکسی خواسته است با نشانی ایمیل شما به‌عنوان داوطلب نزد ${organization} ثبت‌نام کند. برای این نشانی از قبل یک حساب Lotse وجود دارد. اگر خودتان بودید، از اینجا وارد شوید:\n\n${loginLink}\n\nرمز عبور را فراموش کرده‌اید؟ ${resetLink}\n\nاگر شما نبودید، می‌توانید این ایمیل را نادیده بگیرید.\n`,
  },
  UK: {
    subject: "Lotse: реєстрація з Вашою адресою електронної пошти",
    text: (name, organization, loginLink, resetLink) =>
      `Доброго дня, ${name}!\n\nХтось намагався зареєструватися як волонтер у ${organization} з Вашою адресою електронної пошти. Для цієї адреси вже існує обліковий запис Lotse. Якщо це були Ви, увійдіть тут:\n\n${loginLink}\n\nЗабули пароль? ${resetLink}\n\nЯкщо це були не Ви, просто проігноруйте цей лист.\n`,
  },
  TR: {
    subject: "Lotse: E-posta adresinizle kayıt",
    text: (name, organization, loginLink, resetLink) =>
      `Merhaba ${name},\n\nbiri e-posta adresinizle ${organization} bünyesinde gönüllü olarak kaydolmak istedi. Bu adres için zaten bir Lotse hesabı var. Siz idiyseniz buradan oturum açın:\n\n${loginLink}\n\nŞifrenizi mi unuttunuz? ${resetLink}\n\nSiz değildiyseniz bu e-postayı dikkate almayabilirsiniz.\n`,
  },
};

/** Every language version of the subject below: how the sign-up counts these mails per address. */
export const ALREADY_REGISTERED_SUBJECTS = Object.values(ALREADY).map((m) => m.subject);

export function alreadyRegisteredMail(locale: Locale, name: string, organization: string, loginLink: string, resetLink: string): Mail {
  const m = ALREADY[locale] ?? ALREADY.DE;
  return { subject: m.subject, text: m.text(name, organization, loginLink, resetLink) };
}

const DECISION: Record<Locale, { approved: (name: string, organization: string, link: string) => Mail; rejected: (name: string, organization: string, reason: string) => Mail }> = {
  DE: {
    approved: (name, organization, link) => ({ subject: `Lotse: Willkommen bei ${organization}`, text: `Hallo ${name},\n\nIhre Anmeldung als Ehrenamtliche/r bei ${organization} wurde freigegeben. Sie können sich jetzt anmelden, Ihre Stunden erfassen und sich für Kurse bewerben:\n\n${link}\n` }),
    rejected: (name, organization, reason) => ({ subject: `Lotse: Ihre Anmeldung bei ${organization}`, text: `Hallo ${name},\n\nleider kann ${organization} Ihre Anmeldung als Ehrenamtliche/r im Moment nicht annehmen.\n\nGrund: ${reason}\n\nBei Fragen wenden Sie sich bitte an die Koordinierungsstelle.\n` }),
  },
  EN: {
    approved: (name, organization, link) => ({ subject: `Lotse: welcome to ${organization}`, text: `Hello ${name},\n\nyour sign-up as a volunteer with ${organization} has been approved. You can now sign in, log your hours and apply for courses:\n\n${link}\n` }),
    rejected: (name, organization, reason) => ({ subject: `Lotse: your sign-up with ${organization}`, text: `Hello ${name},\n\nunfortunately ${organization} cannot accept your sign-up as a volunteer at the moment.\n\nReason: ${reason}\n\nIf you have questions, please contact the coordination office.\n` }),
  },
  AR: {
    approved: (name, organization, link) => ({ subject: `Lotse: مرحبًا بك في ${organization}`, text: `مرحبًا ${name}،\n\nتمت الموافقة على تسجيلك متطوعًا لدى ${organization}. يمكنك الآن تسجيل الدخول وتسجيل ساعاتك والتسجيل في الدورات:\n\n${link}\n` }),
    rejected: (name, organization, reason) => ({ subject: `Lotse: تسجيلك لدى ${organization}`, text: `مرحبًا ${name}،\n\nللأسف لا تستطيع ${organization} قبول تسجيلك متطوعًا في الوقت الحالي.\n\nالسبب: ${reason}\n\nإذا كانت لديك أسئلة، يُرجى التواصل مع مكتب التنسيق.\n` }),
  },
  FA: {
    approved: (name, organization, link) => ({ subject: `Lotse: به ${organization} خوش آمدید`, text: `سلام ${name}،\n\nثبت‌نام شما به‌عنوان داوطلب نزد ${organization} تأیید شد. اکنون می‌توانید وارد شوید، ساعت‌هایتان را ثبت کنید و برای دوره‌ها ثبت‌نام کنید:\n\n${link}\n` }),
    rejected: (name, organization, reason) => ({ subject: `Lotse: ثبت‌نام شما نزد ${organization}`, text: `سلام ${name}،\n\nمتأسفانه ${organization} در حال حاضر نمی‌تواند ثبت‌نام شما را به‌عنوان داوطلب بپذیرد.\n\nدلیل: ${reason}\n\nاگر پرسشی دارید، لطفاً با دفتر هماهنگی تماس بگیرید.\n` }),
  },
  UK: {
    approved: (name, organization, link) => ({ subject: `Lotse: ласкаво просимо до ${organization}`, text: `Доброго дня, ${name}!\n\nВашу реєстрацію як волонтера в ${organization} підтверджено. Тепер Ви можете увійти, записувати свої години та реєструватися на курси:\n\n${link}\n` }),
    rejected: (name, organization, reason) => ({ subject: `Lotse: Ваша реєстрація в ${organization}`, text: `Доброго дня, ${name}!\n\nНа жаль, ${organization} наразі не може прийняти Вашу реєстрацію як волонтера.\n\nПричина: ${reason}\n\nЯкщо у Вас є запитання, зверніться, будь ласка, до координаційного офісу.\n` }),
  },
  TR: {
    approved: (name, organization, link) => ({ subject: `Lotse: ${organization} bünyesine hoş geldiniz`, text: `Merhaba ${name},\n\n${organization} bünyesindeki gönüllü kaydınız onaylandı. Artık oturum açabilir, saatlerinizi kaydedebilir ve kurslara başvurabilirsiniz:\n\n${link}\n` }),
    rejected: (name, organization, reason) => ({ subject: `Lotse: ${organization} bünyesindeki kaydınız`, text: `Merhaba ${name},\n\nne yazık ki ${organization} gönüllü kaydınızı şu anda kabul edemiyor.\n\nGerekçe: ${reason}\n\nSorularınız varsa lütfen koordinasyon ofisine başvurun.\n` }),
  },
};

export function reviewDecisionMail(locale: Locale, name: string, organization: string, approved: boolean, reason: string | null, link: string): Mail {
  const d = DECISION[locale] ?? DECISION.DE;
  return approved ? d.approved(name, organization, link) : d.rejected(name, organization, reason ?? "-");
}

// Ehrenamtskarte

interface ReminderTexts {
  perYear: string;
  perWeek: string;
  notMet: string;
  subject: (expiresOn: string) => string;
  intro: (name: string, expiresOn: string, organization: string) => string;
  eligible: string;
  notEligible: (hoursPerYear: number, hoursPerWeek: number, years: number) => string;
  figures: string;
}

const REMINDER: Record<Locale, ReminderTexts> = {
  DE: {
    perYear: "erfüllt (Stunden im Jahr)", perWeek: "erfüllt (Stunden pro Woche)", notMet: "nicht erfüllt",
    subject: (d) => `Lotse: Ihre Ehrenamtskarte läuft am ${d} ab`,
    intro: (n, d, o) => `Hallo ${n},\n\nIhre Ehrenamtskarte ist bis zum ${d} gültig. ${o} hat heute geprüft, ob Sie eine neue Karte beantragen können:`,
    eligible: "Sie erfüllen die Voraussetzungen und können eine neue Karte beantragen. Den nötigen Nachweis stellt Ihnen die Koordination aus.",
    notEligible: (h, w, y) => `Sie erfüllen die Voraussetzungen heute nicht (in jedem der letzten ${y} Jahre mindestens ${h} Stunden oder durchschnittlich ${w} Stunden pro Woche).`,
    figures: "Ihre Zahlen",
  },
  EN: {
    perYear: "met (hours per year)", perWeek: "met (hours per week)", notMet: "not met",
    subject: (d) => `Lotse: your Ehrenamtskarte expires on ${d}`,
    intro: (n, d, o) => `Hello ${n},\n\nyour Ehrenamtskarte expires on ${d}. ${o} has checked today whether a new card can be applied for:`,
    eligible: "You meet the rules: you can apply for a new card. The coordination office issues the Nachweis you need.",
    notEligible: (h, w, y) => `You do not meet the rules today (at least ${h} hours or ${w} hours a week on average in each of the last ${y} years).`,
    figures: "Your figures",
  },
  AR: {
    perYear: "مستوفى (ساعات في السنة)", perWeek: "مستوفى (ساعات في الأسبوع)", notMet: "غير مستوفى",
    subject: (d) => `Lotse: تنتهي صلاحية Ehrenamtskarte الخاصة بك في ${d}`,
    intro: (n, d, o) => `مرحبًا ${n}،\n\nبطاقتك Ehrenamtskarte (بطاقة المتطوع) صالحة حتى ${d}. تحققت ${o} اليوم مما إذا كان بإمكانك طلب بطاقة جديدة:`,
    eligible: "أنت تستوفي الشروط ويمكنك طلب بطاقة جديدة. يُصدر لك مكتب التنسيق الـ Nachweis (الإثبات) اللازم.",
    notEligible: (h, w, y) => `أنت لا تستوفي الشروط اليوم (في كل سنة من آخر ${y} سنوات ${h} ساعة على الأقل أو بمتوسط ${w} ساعات أسبوعيًا).`,
    figures: "أرقامك",
  },
  FA: {
    perYear: "برآورده شده (ساعت در سال)", perWeek: "برآورده شده (ساعت در هفته)", notMet: "برآورده نشده",
    subject: (d) => `Lotse: اعتبار Ehrenamtskarte شما در ${d} تمام می‌شود`,
    intro: (n, d, o) => `سلام ${n}،\n\nEhrenamtskarte (کارت داوطلبی) شما تا ${d} معتبر است. ${o} امروز بررسی کرده است که آیا می‌توانید کارت جدیدی درخواست کنید:`,
    eligible: "شما شرایط را دارید و می‌توانید کارت جدیدی درخواست کنید. دفتر هماهنگی Nachweis (گواهی) لازم را برایتان صادر می‌کند.",
    notEligible: (h, w, y) => `شما امروز شرایط را ندارید (در هر یک از ${y} سال گذشته دست‌کم ${h} ساعت یا به‌طور میانگین ${w} ساعت در هفته).`,
    figures: "اعداد شما",
  },
  UK: {
    perYear: "виконано (годин на рік)", perWeek: "виконано (годин на тиждень)", notMet: "не виконано",
    subject: (d) => `Lotse: строк дії Вашої Ehrenamtskarte закінчується ${d}`,
    intro: (n, d, o) => `Доброго дня, ${n}!\n\nВаша Ehrenamtskarte (картка волонтера) дійсна до ${d}. ${o} сьогодні перевірила, чи можете Ви подати заяву на нову картку:`,
    eligible: "Ви відповідаєте умовам і можете подати заяву на нову картку. Потрібний Nachweis (довідку) Вам видасть координаційний офіс.",
    notEligible: (h, w, y) => `Сьогодні Ви не відповідаєте умовам (у кожному з останніх ${y} років щонайменше ${h} годин або в середньому ${w} год на тиждень).`,
    figures: "Ваші показники",
  },
  TR: {
    perYear: "karşılandı (yıllık saat)", perWeek: "karşılandı (haftalık saat)", notMet: "karşılanmadı",
    subject: (d) => `Lotse: Ehrenamtskarte'nizin süresi ${d} tarihinde doluyor`,
    intro: (n, d, o) => `Merhaba ${n},\n\nEhrenamtskarte'niz (gönüllü kartı) ${d} tarihine kadar geçerlidir. ${o} bugün yeni bir kart için başvurup başvuramayacağınızı kontrol etti:`,
    eligible: "Koşulları karşılıyorsunuz ve yeni bir kart için başvurabilirsiniz. Gerekli Nachweis'i (belge) koordinasyon ofisi size düzenler.",
    notEligible: (h, w, y) => `Bugün koşulları karşılamıyorsunuz (son ${y} yılın her birinde en az ${h} saat ya da haftada ortalama ${w} saat).`,
    figures: "Rakamlarınız",
  },
};

/** The hours of one year window in the reminder: "01.12.2025 – 30.11.2026: 262 Std. 30 Min., erfüllt (Stunden im Jahr)". */
function yearLine(locale: Locale, y: Eligibility["years"][number]) {
  const t = REMINDER[locale] ?? REMINDER.DE;
  const hours = formatDuration(y.minutes, ui(locale));
  const range = `${formatDate(y.from, ui(locale))} – ${formatDate(y.to, ui(locale))}`;
  const verdict = y.decidedBy === "HOURS_PER_YEAR" ? t.perYear : y.decidedBy === "HOURS_PER_WEEK" ? t.perWeek : t.notMet;
  // Arabic and Farsi separate with their own comma, not a Latin ", ".
  const comma = locale === "AR" || locale === "FA" ? "، " : ", ";
  return `- ${range}: ${hours}${comma}${verdict}`;
}

/** Three months before the card expires: the expiry and today's figures year by year. */
export function ehrenamtskarteReminderMail(
  locale: Locale,
  input: { name: string; organization: string; expiresOn: string; eligibility: Eligibility; link: string },
): Mail {
  const { name, organization, expiresOn, eligibility: e, link } = input;
  const t = REMINDER[locale] ?? REMINDER.DE;
  const years = e.years.map((y) => yearLine(locale, y)).join("\n");
  return {
    subject: t.subject(expiresOn),
    text:
      `${t.intro(name, expiresOn, organization)}\n\n${years}\n\n` +
      (e.eligible ? t.eligible : t.notEligible(e.rules.hoursPerYear, e.rules.hoursPerWeek, e.rules.minActiveYears)) +
      `\n\n${t.figures}: ${link}\n`,
  };
}
