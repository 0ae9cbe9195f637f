// The texts of the emails the identity module sends, in the recipient's language: German,
// English, and the languages of the volunteers' pages (Arabic, Farsi, Ukrainian, Turkish).
import type { Locale } from "../../generated/prisma/client.ts";

interface Mail {
  subject: string;
  text: string;
}

const RESET: Record<Locale, (name: string, link: string, minutes: number) => Mail> = {
  DE: (name, link, minutes) => ({
    subject: "Lotse: Passwort zurücksetzen",
    text: `Hallo ${name},\n\njemand (hoffentlich Sie) hat verlangt, Ihr Lotse-Passwort zurückzusetzen. Öffnen Sie diesen Link innerhalb von ${minutes} Minuten, um ein neues Passwort zu wählen:\n\n${link}\n\nDer Link funktioniert nur einmal. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.\n`,
  }),
  EN: (name, link, minutes) => ({
    subject: "Lotse: reset your password",
    text: `Hello ${name},\n\nsomeone (hopefully you) asked to reset your Lotse password. Open this link within ${minutes} minutes to choose a new one:\n\n${link}\n\nThe link works once. If you did not ask for this, ignore this email; your password stays as it is.\n`,
  }),
  AR: (name, link, minutes) => ({
    subject: "Lotse: إعادة تعيين كلمة المرور",
    text: `مرحبًا ${name}،\n\nطلب أحدهم (نأمل أن تكون أنت) إعادة تعيين كلمة مرورك في Lotse. افتح هذا الرابط خلال ${minutes} دقيقة لاختيار كلمة مرور جديدة:\n\n${link}\n\nيعمل الرابط مرة واحدة فقط. إذا لم تطلب ذلك، فتجاهل هذه الرسالة؛ وتبقى كلمة مرورك كما هي.\n`,
  }),
  FA: (name, link, minutes) => ({
    subject: "Lotse: بازنشانی رمز عبور",
    text: `سلام ${name}،\n\nکسی (امیدواریم خود شما) درخواست کرده است که رمز عبور Lotse شما بازنشانی شود. این پیوند را ظرف ${minutes} دقیقه باز کنید تا رمز عبور جدیدی انتخاب کنید:\n\n${link}\n\nاین پیوند فقط یک بار کار می‌کند. اگر شما درخواست نکرده‌اید، این ایمیل را نادیده بگیرید؛ رمز عبور شما تغییر نمی‌کند.\n`,
  }),
  UK: (name, link, minutes) => ({
    subject: "Lotse: скидання пароля",
    text: `Доброго дня, ${name}!\n\nХтось (сподіваємося, Ви) попросив скинути Ваш пароль у Lotse. Відкрийте це посилання протягом ${minutes} хв, щоб вибрати новий пароль:\n\n${link}\n\nПосилання працює лише один раз. Якщо Ви цього не робили, проігноруйте цей лист; Ваш пароль залишиться без змін.\n`,
  }),
  TR: (name, link, minutes) => ({
    subject: "Lotse: Şifrenizi sıfırlayın",
    text: `Merhaba ${name},\n\nbiri (umarız sizsiniz) Lotse şifrenizin sıfırlanmasını istedi. Yeni bir şifre seçmek için bu bağlantıyı ${minutes} dakika içinde açın:\n\n${link}\n\nBağlantı yalnızca bir kez çalışır. Bunu siz istemediyseniz bu e-postayı dikkate almayın; şifreniz değişmez.\n`,
  }),
};

export function passwordResetMail(locale: Locale, name: string, link: string, minutes: number): Mail {
  return (RESET[locale] ?? RESET.DE)(name, link, minutes);
}

const INVITATION: Record<Locale, (name: string, organization: string, link: string, days: number) => Mail> = {
  DE: (name, organization, link, days) => ({
    subject: `Lotse: Einladung von ${organization}`,
    text: `Hallo ${name},\n\n${organization} lädt Sie zu Lotse ein. Öffnen Sie diesen Link innerhalb von ${days} Tagen, um Ihr Passwort festzulegen:\n\n${link}\n`,
  }),
  EN: (name, organization, link, days) => ({
    subject: `Lotse: invitation from ${organization}`,
    text: `Hello ${name},\n\n${organization} invites you to Lotse. Open this link within ${days} days to set your password:\n\n${link}\n`,
  }),
  AR: (name, organization, link, days) => ({
    subject: `Lotse: دعوة من ${organization}`,
    text: `مرحبًا ${name}،\n\nتدعوك ${organization} إلى Lotse. افتح هذا الرابط خلال ${days} أيام لتعيين كلمة مرورك:\n\n${link}\n`,
  }),
  FA: (name, organization, link, days) => ({
    subject: `Lotse: دعوت از ${organization}`,
    text: `سلام ${name}،\n\n${organization} شما را به Lotse دعوت می‌کند. این پیوند را ظرف ${days} روز باز کنید تا رمز عبور خود را تعیین کنید:\n\n${link}\n`,
  }),
  UK: (name, organization, link, days) => ({
    subject: `Lotse: запрошення від ${organization}`,
    text: `Доброго дня, ${name}!\n\n${organization} запрошує Вас до Lotse. Відкрийте це посилання протягом ${days} дн., щоб встановити пароль:\n\n${link}\n`,
  }),
  TR: (name, organization, link, days) => ({
    subject: `Lotse: ${organization} davetiyesi`,
    text: `Merhaba ${name},\n\n${organization} sizi Lotse'ye davet ediyor. Şifrenizi belirlemek için bu bağlantıyı ${days} gün içinde açın:\n\n${link}\n`,
  }),
};

export function invitationMail(locale: Locale, name: string, organization: string, link: string, hours: number): Mail {
  return (INVITATION[locale] ?? INVITATION.DE)(name, organization, link, Math.round(hours / 24));
}

const MEMBERSHIP: Record<Locale, (name: string, organization: string, link: string, days: number) => Mail> = {
  DE: (name, organization, link, days) => ({
    subject: `Lotse: Einladung von ${organization}`,
    text: `Hallo ${name},\n\n${organization} lädt Sie in ihr Team in Lotse ein. Sie haben bereits einen Lotse-Zugang; öffnen Sie diesen Link innerhalb von ${days} Tagen, um die Einladung anzunehmen (Ihr Passwort bleibt, wie es ist):\n\n${link}\n\nWenn Sie ${organization} nicht kennen, ignorieren Sie diese E-Mail: Ohne Ihre Zustimmung ändert sich nichts.\n`,
  }),
  EN: (name, organization, link, days) => ({
    subject: `Lotse: invitation from ${organization}`,
    text: `Hello ${name},\n\n${organization} invites you to its team in Lotse. You already have a Lotse account; open this link within ${days} days to accept (your password stays as it is):\n\n${link}\n\nIf you do not know ${organization}, ignore this email: without your acceptance nothing changes.\n`,
  }),
  AR: (name, organization, link, days) => ({
    subject: `Lotse: دعوة من ${organization}`,
    text: `مرحبًا ${name}،\n\nتدعوك ${organization} إلى فريقها في Lotse. لديك حساب في Lotse بالفعل؛ افتح هذا الرابط خلال ${days} أيام لقبول الدعوة (تبقى كلمة مرورك كما هي):\n\n${link}\n\nإذا كنت لا تعرف ${organization}، فتجاهل هذه الرسالة: لن يتغير شيء بدون موافقتك.\n`,
  }),
  FA: (name, organization, link, days) => ({
    subject: `Lotse: دعوت از ${organization}`,
    text: `سلام ${name}،\n\n${organization} شما را به تیم خود در Lotse دعوت می‌کند. شما از قبل حساب Lotse دارید؛ این پیوند را ظرف ${days} روز باز کنید تا دعوت را بپذیرید (رمز عبور شما تغییر نمی‌کند):\n\n${link}\n\nاگر ${organization} را نمی‌شناسید، این ایمیل را نادیده بگیرید: بدون موافقت شما چیزی تغییر نمی‌کند.\n`,
  }),
  UK: (name, organization, link, days) => ({
    subject: `Lotse: запрошення від ${organization}`,
    text: `Доброго дня, ${name}!\n\n${organization} запрошує Вас до своєї команди в Lotse. У Вас уже є обліковий запис Lotse; відкрийте це посилання протягом ${days} дн., щоб прийняти запрошення (Ваш пароль залишиться без змін):\n\n${link}\n\nЯкщо Ви не знаєте ${organization}, проігноруйте цей лист: без Вашої згоди нічого не зміниться.\n`,
  }),
  TR: (name, organization, link, days) => ({
    subject: `Lotse: ${organization} davetiyesi`,
    text: `Merhaba ${name},\n\n${organization} sizi Lotse'deki ekibine davet ediyor. Zaten bir Lotse hesabınız var; daveti kabul etmek için bu bağlantıyı ${days} gün içinde açın (şifreniz aynı kalır):\n\n${link}\n\n${organization} kuruluşunu tanımıyorsanız bu e-postayı dikkate almayın: onayınız olmadan hiçbir şey değişmez.\n`,
  }),
};

export function membershipInvitationMail(locale: Locale, name: string, organization: string, link: string, hours: number): Mail {
  return (MEMBERSHIP[locale] ?? MEMBERSHIP.DE)(name, organization, link, Math.round(hours / 24));
}
