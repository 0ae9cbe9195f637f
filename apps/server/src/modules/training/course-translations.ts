// The demo courses' titles and descriptions in the other UI languages (issue 10):
// volunteers browsing in Arabic, Farsi, Ukrainian, Turkish or English read the
// courses in their language, German stays the text itself. Keyed by the German text.
import type { Translations } from "@lotse/domain/locale";

export const DEMO_COURSE_TRANSLATIONS: Record<string, Translations> = {
  "Basisqualifizierung Integrationslotsinnen und -lotsen": {
    en: "Basic training for integration guides (Integrationslotsen)",
    ar: "التأهيل الأساسي لمرشدات ومرشدي الاندماج",
    fa: "آموزش پایه راهنمایان ادغام",
    uk: "Базова кваліфікація для інтеграційних провідниць і провідників",
    tr: "Entegrasyon rehberleri için temel eğitim",
  },
  "Qualifizierung für Ehrenamtliche, die Zugewanderte im Alltag begleiten (gefördert vom Land Niedersachsen).": {
    en: "Training for volunteers who support newcomers in everyday life (funded by the State of Lower Saxony).",
    ar: "تأهيل للمتطوعين الذين يرافقون القادمين الجدد في حياتهم اليومية (بتمويل من ولاية سكسونيا السفلى).",
    fa: "آموزش برای داوطلبانی که مهاجران تازه‌وارد را در زندگی روزمره همراهی می‌کنند (با حمایت مالی ایالت نیدرزاکسن).",
    uk: "Навчання для волонтерів, які супроводжують новоприбулих у повсякденному житті (за фінансування землі Нижня Саксонія).",
    tr: "Yeni gelenlere gündelik hayatta eşlik eden gönüllüler için eğitim (Aşağı Saksonya eyaleti tarafından desteklenir).",
  },
  "Qualifizierung für Ehrenamtliche im Landkreis, die Zugewanderte im Alltag begleiten.": {
    en: "Training for volunteers in the district who support newcomers in everyday life.",
    ar: "تأهيل للمتطوعين في المقاطعة الذين يرافقون القادمين الجدد في حياتهم اليومية.",
    fa: "آموزش برای داوطلبان شهرستان که مهاجران تازه‌وارد را در زندگی روزمره همراهی می‌کنند.",
    uk: "Навчання для волонтерів округу, які супроводжують новоприбулих у повсякденному житті.",
    tr: "İlçede yeni gelenlere gündelik hayatta eşlik eden gönüllüler için eğitim.",
  },
  "Aufbaumodul Sprachmittlung im Gemeinwesen": {
    en: "Advanced module: community interpreting",
    ar: "وحدة متقدمة: الترجمة الشفهية المجتمعية",
    fa: "دوره تکمیلی: ترجمه شفاهی در جامعه",
    uk: "Поглиблений модуль: усний переклад у громаді",
    tr: "İleri modül: Toplum tercümanlığı",
  },
  "Für Lotsinnen und Lotsen, die in Beratung, Schule und Gesundheitswesen dolmetschen: Rolle, Neutralität, Techniken und Schweigepflicht.": {
    en: "For integration guides who interpret in counselling, schools and health care: role, neutrality, techniques and confidentiality.",
    ar: "للمرشدات والمرشدين الذين يترجمون شفهيًا في الاستشارات والمدارس والرعاية الصحية: الدور والحياد والتقنيات وواجب السرية.",
    fa: "برای راهنمایانی که در مشاوره، مدرسه و خدمات درمانی ترجمه شفاهی می‌کنند: نقش، بی‌طرفی، فنون و رازداری.",
    uk: "Для провідників, які усно перекладають у консультаціях, школах і закладах охорони здоров'я: роль, нейтральність, техніки та обов'язок конфіденційності.",
    tr: "Danışmanlık, okul ve sağlık hizmetlerinde tercümanlık yapan rehberler için: rol, tarafsızlık, teknikler ve gizlilik yükümlülüğü.",
  },
  "Schule und Kita: Familien beim Bildungseinstieg begleiten": {
    en: "School and childcare: supporting families as their children start education",
    ar: "المدرسة ورياض الأطفال: مرافقة العائلات في بداية المسار التعليمي",
    fa: "مدرسه و مهدکودک: همراهی خانواده‌ها در آغاز مسیر آموزشی",
    uk: "Школа та дитсадок: супровід сімей на початку навчання",
    tr: "Okul ve kreş: Ailelere eğitime başlangıçta eşlik etmek",
  },
  "Schulpflicht, Sprachlernklassen, Kita-Anmeldung und Elterngespräche: wie Lotsinnen und Lotsen neu zugewanderte Familien begleiten.": {
    en: "Compulsory schooling, language learning classes, day-care registration and parent meetings: how integration guides support newly arrived families.",
    ar: "التعليم الإلزامي وصفوف تعلّم اللغة والتسجيل في رياض الأطفال ولقاءات أولياء الأمور: كيف يرافق المرشدون العائلات القادمة حديثًا.",
    fa: "آموزش اجباری، کلاس‌های آموزش زبان، ثبت‌نام در مهدکودک و گفت‌وگو با والدین: راهنمایان چگونه خانواده‌های تازه‌وارد را همراهی می‌کنند.",
    uk: "Обов'язкове шкільне навчання, мовні класи, запис до дитсадка та розмови з батьками: як провідники супроводжують новоприбулі сім'ї.",
    tr: "Zorunlu eğitim, dil öğrenme sınıfları, kreş kaydı ve veli görüşmeleri: Rehberler yeni gelen ailelere nasıl eşlik eder.",
  },
};

/** A demo course's translation columns, looked up by its German title and description. */
export const demoCourseTranslations = (course: { title: string; description: string }) => ({
  titleTranslations: DEMO_COURSE_TRANSLATIONS[course.title] ?? {},
  descriptionTranslations: DEMO_COURSE_TRANSLATIONS[course.description] ?? {},
});
