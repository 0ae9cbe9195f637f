-- Reference data people read, named per UI language with German (name) as the fallback (issue 10).
ALTER TABLE "Topic" ADD COLUMN "nameTranslations" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "ActivityType" ADD COLUMN "nameTranslations" JSONB NOT NULL DEFAULT '{}';

-- The lists every organisation started with get their translations.
UPDATE "Topic" SET "nameTranslations" = '{"en": "Dealing with authorities", "ar": "المعاملات لدى الدوائر الرسمية", "fa": "کارهای اداری", "uk": "Відвідування установ", "tr": "Resmî daire işleri"}'::jsonb WHERE "name" = 'Behördengänge';
UPDATE "Topic" SET "nameTranslations" = '{"en": "Finding a flat", "ar": "البحث عن سكن", "fa": "جست‌وجوی خانه", "uk": "Пошук житла", "tr": "Ev arama"}'::jsonb WHERE "name" = 'Wohnungssuche';
UPDATE "Topic" SET "nameTranslations" = '{"en": "School and childcare", "ar": "المدرسة ورياض الأطفال", "fa": "مدرسه و مهدکودک", "uk": "Школа та дитсадок", "tr": "Okul ve kreş"}'::jsonb WHERE "name" = 'Schule und Kita';
UPDATE "Topic" SET "nameTranslations" = '{"en": "Work and vocational training", "ar": "العمل والتدريب المهني", "fa": "کار و آموزش حرفه‌ای", "uk": "Робота та професійне навчання", "tr": "İş ve meslek eğitimi"}'::jsonb WHERE "name" = 'Arbeit und Ausbildung';
UPDATE "Topic" SET "nameTranslations" = '{"en": "Practising German", "ar": "التدرّب على اللغة الألمانية", "fa": "تمرین زبان آلمانی", "uk": "Практика німецької мови", "tr": "Almanca pratiği"}'::jsonb WHERE "name" = 'Deutsch üben';
UPDATE "Topic" SET "nameTranslations" = '{"en": "Health", "ar": "الصحة", "fa": "سلامت", "uk": "Здоров’я", "tr": "Sağlık"}'::jsonb WHERE "name" = 'Gesundheit';
UPDATE "Topic" SET "nameTranslations" = '{"en": "Leisure", "ar": "أوقات الفراغ", "fa": "اوقات فراغ", "uk": "Дозвілля", "tr": "Boş zaman"}'::jsonb WHERE "name" = 'Freizeit';
UPDATE "ActivityType" SET "nameTranslations" = '{"en": "Accompanying", "ar": "مرافقة", "fa": "همراهی", "uk": "Супровід", "tr": "Eşlik"}'::jsonb WHERE "key" = 'ESCORT';
UPDATE "ActivityType" SET "nameTranslations" = '{"en": "Interpreting (Sprachmittlung)", "ar": "وساطة لغوية (Sprachmittlung)", "fa": "میانجیگری زبانی (Sprachmittlung)", "uk": "Мовне посередництво (Sprachmittlung)", "tr": "Dil aracılığı (Sprachmittlung)"}'::jsonb WHERE "key" = 'INTERPRETING';
UPDATE "ActivityType" SET "nameTranslations" = '{"en": "Course attendance", "ar": "حضور دورة", "fa": "شرکت در دوره", "uk": "Відвідування курсу", "tr": "Kursa katılım"}'::jsonb WHERE "key" = 'COURSE';
UPDATE "ActivityType" SET "nameTranslations" = '{"en": "Event", "ar": "فعالية", "fa": "رویداد", "uk": "Захід", "tr": "Etkinlik"}'::jsonb WHERE "key" = 'EVENT';
UPDATE "ActivityType" SET "nameTranslations" = '{"en": "Administration", "ar": "أعمال إدارية", "fa": "کارهای اداری دفتر", "uk": "Адміністративна робота", "tr": "İdari işler"}'::jsonb WHERE "key" = 'ADMINISTRATION';
UPDATE "ActivityType" SET "nameTranslations" = '{"en": "Other", "ar": "أخرى", "fa": "سایر", "uk": "Інше", "tr": "Diğer"}'::jsonb WHERE "key" = 'OTHER';
