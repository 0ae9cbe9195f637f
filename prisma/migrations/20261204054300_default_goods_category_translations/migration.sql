-- The default goods categories in all six UI languages (issue 10). The trigger of
-- migration default_goods_categories gave a new organisation the German names only;
-- the demo seed translated its own. Now the trigger inserts each name with its
-- translations (nameTranslations, as course titles carry theirs), so a volunteer or
-- coordinator reading in Arabic, Farsi, Ukrainian, Turkish or English sees the
-- categories in their language in every organisation. The list is the donations
-- module's DEFAULT_CATEGORIES with DEFAULT_CATEGORY_TRANSLATIONS (settings.service.ts);
-- a test there checks the two agree.
CREATE OR REPLACE FUNCTION "lotse_default_goods_categories"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "GoodsCategory" ("id", "organizationId", "name", "nameTranslations", "sortOrder")
  SELECT gen_random_uuid(), NEW."id", c.name, c.translations, c.ord
  FROM (VALUES
    (0, 'Kleidung', '{"en": "Clothing", "ar": "ملابس", "fa": "پوشاک", "uk": "Одяг", "tr": "Giyim"}'::jsonb),
    (1, 'Möbel', '{"en": "Furniture", "ar": "أثاث", "fa": "مبلمان", "uk": "Меблі", "tr": "Mobilya"}'::jsonb),
    (2, 'Haushalt', '{"en": "Household goods", "ar": "أدوات منزلية", "fa": "لوازم خانه", "uk": "Товари для дому", "tr": "Ev eşyaları"}'::jsonb),
    (3, 'Spielzeug', '{"en": "Toys", "ar": "ألعاب أطفال", "fa": "اسباب‌بازی", "uk": "Іграшки", "tr": "Oyuncaklar"}'::jsonb),
    (4, 'Schulbedarf', '{"en": "School supplies", "ar": "مستلزمات مدرسية", "fa": "لوازم مدرسه", "uk": "Шкільне приладдя", "tr": "Okul malzemeleri"}'::jsonb),
    (5, 'Elektrogeräte', '{"en": "Electrical appliances", "ar": "أجهزة كهربائية", "fa": "لوازم برقی", "uk": "Електроприлади", "tr": "Elektrikli ev aletleri"}'::jsonb),
    (6, 'Fahrräder', '{"en": "Bicycles", "ar": "دراجات هوائية", "fa": "دوچرخه", "uk": "Велосипеди", "tr": "Bisikletler"}'::jsonb)
  ) AS c(ord, name, translations)
  ON CONFLICT ("organizationId", "name") DO NOTHING;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Default categories that exist already without any translation get them now; one an
-- admin translated (or renamed) is left as it is.
UPDATE "GoodsCategory" g
SET "nameTranslations" = c.translations
FROM (VALUES
    ('Kleidung', '{"en": "Clothing", "ar": "ملابس", "fa": "پوشاک", "uk": "Одяг", "tr": "Giyim"}'::jsonb),
    ('Möbel', '{"en": "Furniture", "ar": "أثاث", "fa": "مبلمان", "uk": "Меблі", "tr": "Mobilya"}'::jsonb),
    ('Haushalt', '{"en": "Household goods", "ar": "أدوات منزلية", "fa": "لوازم خانه", "uk": "Товари для дому", "tr": "Ev eşyaları"}'::jsonb),
    ('Spielzeug', '{"en": "Toys", "ar": "ألعاب أطفال", "fa": "اسباب‌بازی", "uk": "Іграшки", "tr": "Oyuncaklar"}'::jsonb),
    ('Schulbedarf', '{"en": "School supplies", "ar": "مستلزمات مدرسية", "fa": "لوازم مدرسه", "uk": "Шкільне приладдя", "tr": "Okul malzemeleri"}'::jsonb),
    ('Elektrogeräte', '{"en": "Electrical appliances", "ar": "أجهزة كهربائية", "fa": "لوازم برقی", "uk": "Електроприлади", "tr": "Elektrikli ev aletleri"}'::jsonb),
    ('Fahrräder', '{"en": "Bicycles", "ar": "دراجات هوائية", "fa": "دوچرخه", "uk": "Велосипеди", "tr": "Bisikletler"}'::jsonb)
  ) AS c(name, translations)
WHERE g."name" = c.name AND g."nameTranslations" = '{}'::jsonb;
