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

/**
 * The demo office's cohort titles and session topics in the other UI languages (issue 10),
 * keyed by the German text: a volunteer of the demo office reads their courses, sessions and
 * calendar in their language. The base seed (what tests start from) keeps its German.
 */
export const DEMO_TEXT_TRANSLATIONS: Record<string, Translations> = {
  "Basisqualifizierung Frühjahr": { en: "Basic training, spring", ar: "التأهيل الأساسي – الربيع", fa: "آموزش پایه – بهار", uk: "Базова кваліфікація – весна", tr: "Temel eğitim – ilkbahar" },
  "Basisqualifizierung Sommer": { en: "Basic training, summer", ar: "التأهيل الأساسي – الصيف", fa: "آموزش پایه – تابستان", uk: "Базова кваліфікація – літо", tr: "Temel eğitim – yaz" },
  "Aufbaumodul Sprachmittlung Herbst": { en: "Community interpreting module, autumn", ar: "وحدة الترجمة الشفهية – الخريف", fa: "دوره تکمیلی ترجمه شفاهی – پاییز", uk: "Модуль усного перекладу – осінь", tr: "Tercümanlık modülü – sonbahar" },
  "Bildungseinstieg Winter": { en: "Starting school and childcare, winter", ar: "بداية المسار التعليمي – الشتاء", fa: "آغاز مسیر آموزشی – زمستان", uk: "Початок навчання – зима", tr: "Eğitime başlangıç – kış" },
  "Basisqualifizierung Bramsche": { en: "Basic training, Bramsche", ar: "التأهيل الأساسي – برامشه", fa: "آموزش پایه – برامشه", uk: "Базова кваліфікація – Брамше", tr: "Temel eğitim – Bramsche" },
  "Identität und Rolle": { en: "Identity and role", ar: "الهوية والدور", fa: "هویت و نقش", uk: "Ідентичність і роль", tr: "Kimlik ve rol" },
  Kommunikation: { en: "Communication", ar: "التواصل", fa: "ارتباط", uk: "Комунікація", tr: "İletişim" },
  "Interkulturelle Kompetenz": { en: "Intercultural competence", ar: "الكفاءة بين الثقافات", fa: "مهارت بین‌فرهنگی", uk: "Міжкультурна компетентність", tr: "Kültürlerarası yetkinlik" },
  "Rechtlicher Rahmen der Zuwanderung": { en: "The legal framework of immigration", ar: "الإطار القانوني للهجرة", fa: "چارچوب حقوقی مهاجرت", uk: "Правові засади імміграції", tr: "Göçün hukuki çerçevesi" },
  "Hilfesystem und Grundbedürfnisse": { en: "Support services and basic needs", ar: "منظومة المساعدة والاحتياجات الأساسية", fa: "نظام حمایتی و نیازهای پایه", uk: "Система допомоги та базові потреби", tr: "Destek sistemi ve temel ihtiyaçlar" },
  "Abschluss und Zertifikate": { en: "Closing and certificates", ar: "الختام والشهادات", fa: "جمع‌بندی و گواهی‌ها", uk: "Завершення та сертифікати", tr: "Kapanış ve sertifikalar" },
  "Rolle und Neutralität": { en: "Role and neutrality", ar: "الدور والحياد", fa: "نقش و بی‌طرفی", uk: "Роль і нейтральність", tr: "Rol ve tarafsızlık" },
  Dolmetschtechniken: { en: "Interpreting techniques", ar: "تقنيات الترجمة الشفهية", fa: "فنون ترجمه شفاهی", uk: "Техніки усного перекладу", tr: "Tercümanlık teknikleri" },
  "Fachbegriffe Behörde und Schule": { en: "Terms used by authorities and schools", ar: "مصطلحات الدوائر الرسمية والمدرسة", fa: "اصطلاحات اداری و مدرسه", uk: "Терміни установ і школи", tr: "Resmî kurum ve okul terimleri" },
  "Schweigepflicht und Datenschutz": { en: "Confidentiality and data protection", ar: "واجب السرية وحماية البيانات", fa: "رازداری و حفاظت از داده‌ها", uk: "Конфіденційність і захист даних", tr: "Gizlilik ve veri koruma" },
  "Belastende Gespräche": { en: "Distressing conversations", ar: "المحادثات المُرهِقة", fa: "گفت‌وگوهای دشوار", uk: "Важкі розмови", tr: "Zorlayıcı görüşmeler" },
  "Reflexion und Abschluss": { en: "Reflection and closing", ar: "التأمل والختام", fa: "بازاندیشی و جمع‌بندی", uk: "Рефлексія та завершення", tr: "Değerlendirme ve kapanış" },
  "Schulsystem in Niedersachsen": { en: "The school system in Lower Saxony", ar: "النظام المدرسي في سكسونيا السفلى", fa: "نظام مدرسه در نیدرزاکسن", uk: "Шкільна система Нижньої Саксонії", tr: "Aşağı Saksonya'da okul sistemi" },
  "Kita und frühe Bildung": { en: "Day care and early education", ar: "رياض الأطفال والتعليم المبكر", fa: "مهدکودک و آموزش پیش از دبستان", uk: "Дитсадок і рання освіта", tr: "Kreş ve erken eğitim" },
  "Elterngespräche begleiten": { en: "Accompanying parent meetings", ar: "مرافقة لقاءات أولياء الأمور", fa: "همراهی در گفت‌وگو با والدین", uk: "Супровід розмов із батьками", tr: "Veli görüşmelerine eşlik etmek" },
  "Rolle und Selbstverständnis": { en: "Role and self-understanding", ar: "الدور وفهم الذات", fa: "نقش و خودشناسی", uk: "Роль і самосприйняття", tr: "Rol ve öz anlayış" },
  Aufenthaltsrecht: { en: "Residence law", ar: "قانون الإقامة", fa: "قانون اقامت", uk: "Право на перебування", tr: "Oturum hukuku" },
  "Hilfesystem im Landkreis": { en: "Support services in the district", ar: "منظومة المساعدة في المقاطعة", fa: "نظام حمایتی در شهرستان", uk: "Система допомоги в окрузі", tr: "İlçedeki destek sistemi" },
};

/** A demo text's translation column (a cohort's title, a session's topic). */
export const demoTextTranslations = (german: string): Translations => DEMO_TEXT_TRANSLATIONS[german] ?? {};

/** A demo course's topics per language, where every topic has a translation in it. */
export function demoTopicTranslations(topics: readonly string[]): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const locale of ["en", "ar", "fa", "uk", "tr"] as const) {
    const list = topics.map((topic) => DEMO_TEXT_TRANSLATIONS[topic]?.[locale]);
    if (list.every((t): t is string => !!t)) lists[locale] = list;
  }
  return lists;
}
