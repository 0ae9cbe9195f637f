-- Every organisation starts with the goods categories of issue 12, however it
-- is created (the demo seed, an operator's SQL, a future admin page): a
-- trigger on Organization inserts them, so no creation path can forget them.
-- The list is the donations module's DEFAULT_CATEGORIES (settings.service.ts);
-- a test there checks the two agree. Admins add more on the settings page.
CREATE OR REPLACE FUNCTION "lotse_default_goods_categories"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "GoodsCategory" ("id", "organizationId", "name", "sortOrder")
  SELECT gen_random_uuid(), NEW."id", c.name, c.ord - 1
  FROM unnest(ARRAY['Kleidung', 'Möbel', 'Haushalt', 'Spielzeug', 'Schulbedarf', 'Elektrogeräte', 'Fahrräder']) WITH ORDINALITY AS c(name, ord)
  ON CONFLICT ("organizationId", "name") DO NOTHING;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Organization_default_goods_categories" AFTER INSERT ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION "lotse_default_goods_categories"();

-- Organisations that exist already and have no categories get them now.
INSERT INTO "GoodsCategory" ("id", "organizationId", "name", "sortOrder")
SELECT gen_random_uuid(), o."id", c.name, c.ord - 1
FROM "Organization" o
CROSS JOIN unnest(ARRAY['Kleidung', 'Möbel', 'Haushalt', 'Spielzeug', 'Schulbedarf', 'Elektrogeräte', 'Fahrräder']) WITH ORDINALITY AS c(name, ord)
WHERE NOT EXISTS (SELECT 1 FROM "GoodsCategory" g WHERE g."organizationId" = o."id");
