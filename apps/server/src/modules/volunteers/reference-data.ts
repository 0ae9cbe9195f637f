// Per-organisation lists a new organisation starts with: topics, activities,
// districts with their centroids, and the first consent text. Organisations
// edit them later; these are the seeds named in the volunteers issue.

export const DEFAULT_TOPICS = [
  "Behördengänge",
  "Wohnungssuche",
  "Schule und Kita",
  "Arbeit und Ausbildung",
  "Deutsch üben",
  "Gesundheit",
  "Freizeit",
];

/** The names of the default topics and activities in the other UI languages (German is the name itself). */
export const DEFAULT_NAME_TRANSLATIONS: { topics: Record<string, Record<string, string>>; activities: Record<string, Record<string, string>> } = {
  "topics": {
    "Behördengänge": {
      "en": "Dealing with authorities",
      "ar": "المعاملات لدى الدوائر الرسمية",
      "fa": "کارهای اداری",
      "uk": "Відвідування установ",
      "tr": "Resmî daire işleri"
    },
    "Wohnungssuche": {
      "en": "Finding a flat",
      "ar": "البحث عن سكن",
      "fa": "جست‌وجوی خانه",
      "uk": "Пошук житла",
      "tr": "Ev arama"
    },
    "Schule und Kita": {
      "en": "School and childcare",
      "ar": "المدرسة ورياض الأطفال",
      "fa": "مدرسه و مهدکودک",
      "uk": "Школа та дитсадок",
      "tr": "Okul ve kreş"
    },
    "Arbeit und Ausbildung": {
      "en": "Work and vocational training",
      "ar": "العمل والتدريب المهني",
      "fa": "کار و آموزش حرفه‌ای",
      "uk": "Робота та професійне навчання",
      "tr": "İş ve meslek eğitimi"
    },
    "Deutsch üben": {
      "en": "Practising German",
      "ar": "التدرّب على اللغة الألمانية",
      "fa": "تمرین زبان آلمانی",
      "uk": "Практика німецької мови",
      "tr": "Almanca pratiği"
    },
    "Gesundheit": {
      "en": "Health",
      "ar": "الصحة",
      "fa": "سلامت",
      "uk": "Здоров’я",
      "tr": "Sağlık"
    },
    "Freizeit": {
      "en": "Leisure",
      "ar": "أوقات الفراغ",
      "fa": "اوقات فراغ",
      "uk": "Дозвілля",
      "tr": "Boş zaman"
    }
  },
  "activities": {
    "ESCORT": {
      "en": "Accompanying",
      "ar": "مرافقة",
      "fa": "همراهی",
      "uk": "Супровід",
      "tr": "Eşlik"
    },
    "INTERPRETING": {
      "en": "Interpreting (Sprachmittlung)",
      "ar": "وساطة لغوية (Sprachmittlung)",
      "fa": "میانجیگری زبانی (Sprachmittlung)",
      "uk": "Мовне посередництво (Sprachmittlung)",
      "tr": "Dil aracılığı (Sprachmittlung)"
    },
    "COURSE": {
      "en": "Course attendance",
      "ar": "حضور دورة",
      "fa": "شرکت در دوره",
      "uk": "Відвідування курсу",
      "tr": "Kursa katılım"
    },
    "EVENT": {
      "en": "Event",
      "ar": "فعالية",
      "fa": "رویداد",
      "uk": "Захід",
      "tr": "Etkinlik"
    },
    "ADMINISTRATION": {
      "en": "Administration",
      "ar": "أعمال إدارية",
      "fa": "کارهای اداری دفتر",
      "uk": "Адміністративна робота",
      "tr": "İdari işler"
    },
    "OTHER": {
      "en": "Other",
      "ar": "أخرى",
      "fa": "سایر",
      "uk": "Інше",
      "tr": "Diğer"
    }
  }
};

export const DEFAULT_ACTIVITIES: { key: string; name: string }[] = [
  { key: "ESCORT", name: "Begleitung" },
  { key: "INTERPRETING", name: "Sprachmittlung" },
  { key: "COURSE", name: "Kursbesuch" },
  { key: "EVENT", name: "Veranstaltung" },
  { key: "ADMINISTRATION", name: "Verwaltung" },
  { key: "OTHER", name: "Sonstiges" },
];

/**
 * The default districts' names in the other UI languages, by German name (German is the name itself).
 * Place names stay as they are in English and Turkish (kept on purpose, so named); in Arabic, Farsi and
 * Ukrainian they are written in that script with the German name (as on street signs and bus stops) in brackets.
 */
export const DEFAULT_DISTRICT_TRANSLATIONS: Record<string, Record<string, string>> = {
  "Innenstadt": {
    "en": "City centre (Innenstadt)",
    "ar": "وسط المدينة (Innenstadt)",
    "fa": "مرکز شهر (Innenstadt)",
    "uk": "Центр міста (Innenstadt)",
    "tr": "Şehir merkezi (Innenstadt)"
  },
  "Bloherfelde": {
    "en": "Bloherfelde",
    "ar": "بلوهرفيلده (Bloherfelde)",
    "fa": "بلوهرفلده (Bloherfelde)",
    "uk": "Блогерфельде (Bloherfelde)",
    "tr": "Bloherfelde"
  },
  "Bümmerstede": {
    "en": "Bümmerstede",
    "ar": "بومرشتيده (Bümmerstede)",
    "fa": "بومراشتده (Bümmerstede)",
    "uk": "Бюммерштеде (Bümmerstede)",
    "tr": "Bümmerstede"
  },
  "Bürgerfelde": {
    "en": "Bürgerfelde",
    "ar": "بورغرفيلده (Bürgerfelde)",
    "fa": "بورگرفلده (Bürgerfelde)",
    "uk": "Бюргерфельде (Bürgerfelde)",
    "tr": "Bürgerfelde"
  },
  "Dietrichsfeld": {
    "en": "Dietrichsfeld",
    "ar": "ديتريشسفيلد (Dietrichsfeld)",
    "fa": "دیتریشسفلد (Dietrichsfeld)",
    "uk": "Дітріхсфельд (Dietrichsfeld)",
    "tr": "Dietrichsfeld"
  },
  "Donnerschwee": {
    "en": "Donnerschwee",
    "ar": "دونرشفيه (Donnerschwee)",
    "fa": "دونرشوه (Donnerschwee)",
    "uk": "Доннершвее (Donnerschwee)",
    "tr": "Donnerschwee"
  },
  "Ehnern": {
    "en": "Ehnern",
    "ar": "إيهنرن (Ehnern)",
    "fa": "اینرن (Ehnern)",
    "uk": "Ейнерн (Ehnern)",
    "tr": "Ehnern"
  },
  "Etzhorn": {
    "en": "Etzhorn",
    "ar": "إتسهورن (Etzhorn)",
    "fa": "اتسهورن (Etzhorn)",
    "uk": "Етцгорн (Etzhorn)",
    "tr": "Etzhorn"
  },
  "Eversten": {
    "en": "Eversten",
    "ar": "إيفرستن (Eversten)",
    "fa": "اورستن (Eversten)",
    "uk": "Еверстен (Eversten)",
    "tr": "Eversten"
  },
  "Haarentor": {
    "en": "Haarentor",
    "ar": "هارنتور (Haarentor)",
    "fa": "هارنتور (Haarentor)",
    "uk": "Гаарентор (Haarentor)",
    "tr": "Haarentor"
  },
  "Kreyenbrück": {
    "en": "Kreyenbrück",
    "ar": "كراينبروك (Kreyenbrück)",
    "fa": "کراینبروک (Kreyenbrück)",
    "uk": "Крайєнбрюк (Kreyenbrück)",
    "tr": "Kreyenbrück"
  },
  "Nadorst": {
    "en": "Nadorst",
    "ar": "نادورست (Nadorst)",
    "fa": "نادورست (Nadorst)",
    "uk": "Надорст (Nadorst)",
    "tr": "Nadorst"
  },
  "Neuenwege": {
    "en": "Neuenwege",
    "ar": "نوينفيغه (Neuenwege)",
    "fa": "نویِنوگه (Neuenwege)",
    "uk": "Нойенвеге (Neuenwege)",
    "tr": "Neuenwege"
  },
  "Ofenerdiek": {
    "en": "Ofenerdiek",
    "ar": "أوفنرديك (Ofenerdiek)",
    "fa": "اوفنردیک (Ofenerdiek)",
    "uk": "Офенердік (Ofenerdiek)",
    "tr": "Ofenerdiek"
  },
  "Ohmstede": {
    "en": "Ohmstede",
    "ar": "أومشتيده (Ohmstede)",
    "fa": "اومشتده (Ohmstede)",
    "uk": "Омштеде (Ohmstede)",
    "tr": "Ohmstede"
  },
  "Osternburg": {
    "en": "Osternburg",
    "ar": "أوسترنبورغ (Osternburg)",
    "fa": "اوسترنبورگ (Osternburg)",
    "uk": "Остернбург (Osternburg)",
    "tr": "Osternburg"
  }
};

/** Approximate centroids (WGS 84), good enough for "how far apart" in matching. */
export const DEFAULT_DISTRICTS: Record<string, [string, number, number][]> = {
  oldenburg: [
    ["Innenstadt", 53.1412, 8.2146],
    ["Bloherfelde", 53.1353, 8.1712],
    ["Bümmerstede", 53.1003, 8.2297],
    ["Bürgerfelde", 53.1571, 8.2078],
    ["Dietrichsfeld", 53.1652, 8.1995],
    ["Donnerschwee", 53.1497, 8.2352],
    ["Ehnern", 53.1402, 8.1898],
    ["Etzhorn", 53.1903, 8.2002],
    ["Eversten", 53.1281, 8.1949],
    ["Haarentor", 53.1448, 8.1852],
    ["Kreyenbrück", 53.1102, 8.2251],
    ["Nadorst", 53.1601, 8.2203],
    ["Neuenwege", 53.1004, 8.2001],
    ["Ofenerdiek", 53.1802, 8.2148],
    ["Ohmstede", 53.1598, 8.2502],
    ["Osternburg", 53.1303, 8.2301],
  ],
  osnabrueck: [
    ["Bad Essen", 52.3211, 8.3402],
    ["Bad Iburg", 52.1589, 8.0451],
    ["Bad Laer", 52.1031, 8.0902],
    ["Bad Rothenfelde", 52.1079, 8.1612],
    ["Belm", 52.3001, 8.1352],
    ["Bersenbrück", 52.5532, 7.9481],
    ["Bissendorf", 52.2349, 8.1661],
    ["Bramsche", 52.4081, 7.9802],
    ["Dissen am Teutoburger Wald", 52.1151, 8.2001],
    ["Fürstenau", 52.5171, 7.6762],
    ["Georgsmarienhütte", 52.2031, 8.0471],
    ["Glandorf", 52.0861, 7.9991],
    ["Hagen am Teutoburger Wald", 52.1971, 7.9802],
    ["Hasbergen", 52.2351, 7.9601],
    ["Hilter am Teutoburger Wald", 52.1361, 8.1472],
    ["Melle", 52.2041, 8.3391],
    ["Ostercappeln", 52.3521, 8.2281],
    ["Quakenbrück", 52.6762, 7.9481],
    ["Wallenhorst", 52.3521, 8.0201],
  ],
};

export const DEFAULT_CONSENT_TEXT = `Einwilligung in die Verarbeitung personenbezogener Daten

Ich willige ein, dass {organization} meine bei der Anmeldung und später im Profil angegebenen Daten (Name, Kontaktdaten, Sprachen, Themen, Verfügbarkeit, Stadtteil, geleistete Stunden) zur Koordination meines ehrenamtlichen Engagements verarbeitet (Art. 6 Abs. 1 lit. a DSGVO). Die Daten werden nur den Mitarbeitenden gezeigt, die sie für die Koordination brauchen, und nicht an andere Organisationen weitergegeben.

Ich kann diese Einwilligung jederzeit in meinem Profil widerrufen. Mein Engagement ruht dann; bereits erfasste Stunden bleiben als anonyme Summen erhalten. Ich habe das Recht auf Auskunft, Berichtigung und Löschung meiner Daten.`;

/** The first consent text in the other UI languages, shown beside the binding German text. */
export const DEFAULT_CONSENT_TRANSLATIONS: Record<string, string> = {
  "en": "Consent to the processing of personal data\n\nI consent to {organization} processing the data I give when signing up and later in my profile (name, contact details, languages, topics, availability, district, hours volunteered) to coordinate my volunteering (Art. 6(1)(a) GDPR). The data is shown only to the staff who need it for the coordination and is not passed on to other organisations.\n\nI can withdraw this consent at any time in my profile. My volunteering is then paused; hours already logged are kept as anonymous totals. I have the right to access, correct and delete my data.",
  "ar": "الموافقة على معالجة البيانات الشخصية\n\nأوافق على أن تعالج {organization} البيانات التي أقدّمها عند التسجيل ولاحقًا في ملفي الشخصي (الاسم، بيانات التواصل، اللغات، المواضيع، الأوقات المتاحة، الحي، الساعات المنجزة) لتنسيق عملي التطوعي (المادة 6، الفقرة 1، البند أ من اللائحة العامة لحماية البيانات DSGVO). لا تُعرض البيانات إلا على الموظفين الذين يحتاجون إليها للتنسيق، ولا تُنقل إلى منظمات أخرى.\n\nيمكنني سحب هذه الموافقة في أي وقت من ملفي الشخصي. عندها يُعلَّق عملي التطوعي؛ وتبقى الساعات المسجّلة سابقًا محفوظة كمجاميع مجهولة الهوية. لي الحق في الاطلاع على بياناتي وتصحيحها وحذفها.",
  "fa": "رضایت به پردازش داده‌های شخصی\n\nموافقم که {organization} داده‌هایی را که هنگام ثبت‌نام و بعداً در نمایه‌ام وارد می‌کنم (نام، اطلاعات تماس، زبان‌ها، موضوع‌ها، زمان‌های در دسترس بودن، محله، ساعت‌های انجام‌شده) برای هماهنگی کار داوطلبانه‌ام پردازش کند (ماده 6، بند 1، جزء الف مقررات عمومی حفاظت از داده‌ها DSGVO). این داده‌ها فقط به کارکنانی نشان داده می‌شوند که برای هماهنگی به آن‌ها نیاز دارند و به سازمان‌های دیگر داده نمی‌شوند.\n\nمی‌توانم این رضایت را هر زمان در نمایه‌ام پس بگیرم. در این صورت کار داوطلبانه‌ام متوقف می‌شود؛ ساعت‌های ثبت‌شده به‌صورت جمع‌های بی‌نام باقی می‌مانند. حق دارم از داده‌هایم آگاه شوم و آن‌ها را اصلاح یا حذف کنم.",
  "uk": "Згода на обробку персональних даних\n\nЯ погоджуюся, щоб {organization} обробляла дані, які я вказую під час реєстрації та пізніше у профілі (ім’я, контактні дані, мови, теми, доступний час, район, відпрацьовані години), для координації моєї волонтерської діяльності (ст. 6 ч. 1 п. a GDPR/DSGVO). Дані показуються лише тим працівникам, яким вони потрібні для координації, і не передаються іншим організаціям.\n\nЯ можу будь-коли відкликати цю згоду у своєму профілі. Тоді моя волонтерська діяльність призупиняється; уже записані години зберігаються як анонімні підсумки. Я маю право на доступ до своїх даних, їх виправлення та видалення.",
  "tr": "Kişisel verilerin işlenmesine onay\n\n{organization} kuruluşunun, kayıt sırasında ve sonradan profilimde verdiğim bilgileri (ad, iletişim bilgileri, diller, konular, müsait olduğum zamanlar, semt, yapılan saatler) gönüllü çalışmamın koordinasyonu için işlemesine onay veriyorum (GDPR/DSGVO md. 6 f. 1 b. a). Veriler yalnızca koordinasyon için bunlara ihtiyaç duyan çalışanlara gösterilir ve başka kuruluşlara aktarılmaz.\n\nBu onayı profilimde istediğim zaman geri çekebilirim. Bu durumda gönüllü çalışmam durdurulur; daha önce kaydedilen saatler anonim toplamlar olarak saklanır. Verilerime erişme, bunları düzeltme ve sildirme hakkım vardır."
};
