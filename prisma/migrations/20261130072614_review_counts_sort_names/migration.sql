-- AlterTable
ALTER TABLE "HourMonthTotal" ADD COLUMN     "entries" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "VolunteerProfile" ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "VolunteerProfile_organizationId_sortName_id_idx" ON "VolunteerProfile"("organizationId", "sortName", "id");

-- ---------------------------------------------------------------------------
-- Hand-written: the review page without scanning entries or volunteers.
--
-- 1. HourMonthTotal also counts its entries, so the review queue's count
--    (pending entries of the organisation) adds up a few dozen totals instead
--    of counting every pending entry. The triggers pass +1 / -1 per changed
--    entry next to its signed minutes.

DROP FUNCTION lotse_hour_totals_add(uuid[], uuid[], date[], uuid[], "ReviewStatus"[], int[]);

CREATE FUNCTION lotse_hour_totals_add(orgs uuid[], volunteers uuid[], days date[], activities uuid[], statuses "ReviewStatus"[], minutes int[], entries int[])
RETURNS void AS $$
  WITH changes AS (
    SELECT * FROM unnest(orgs, volunteers, days, activities, statuses, minutes, entries) AS c(org, volunteer, day, activity, status, minutes, entries)
     WHERE status <> 'REJECTED'
  ), by_month AS (
    INSERT INTO "HourMonthTotal" ("organizationId", "month", "activityTypeId", "status", "minutes", "entries")
    SELECT org, date_trunc('month', day)::date, activity, status, SUM(minutes)::int, SUM(entries)::int
      FROM changes GROUP BY 1, 2, 3, 4 HAVING SUM(minutes) <> 0 OR SUM(entries) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("organizationId", "month", "activityTypeId", "status")
    DO UPDATE SET "minutes" = "HourMonthTotal"."minutes" + EXCLUDED."minutes", "entries" = "HourMonthTotal"."entries" + EXCLUDED."entries"
  )
  INSERT INTO "HourVolunteerYear" ("organizationId", "year", "volunteerId", "minutes")
  SELECT org, EXTRACT(YEAR FROM day)::int, volunteer, SUM(minutes)::int
    FROM changes GROUP BY 1, 2, 3 HAVING SUM(minutes) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("organizationId", "year", "volunteerId")
  DO UPDATE SET "minutes" = "HourVolunteerYear"."minutes" + EXCLUDED."minutes";
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION lotse_hour_totals() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lotse_hour_totals_add(array_agg("organizationId"), array_agg("volunteerId"), array_agg("date"), array_agg("activityTypeId"), array_agg("status"), array_agg("minutes"), array_agg(1))
       FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM lotse_hour_totals_add(array_agg("organizationId"), array_agg("volunteerId"), array_agg("date"), array_agg("activityTypeId"), array_agg("status"), array_agg(-"minutes"), array_agg(-1))
       FROM old_rows;
  ELSE
    PERFORM lotse_hour_totals_add(array_agg(o), array_agg(v), array_agg(d), array_agg(a), array_agg(s), array_agg(m), array_agg(n))
       FROM (SELECT "organizationId", "volunteerId", "date", "activityTypeId", "status", -"minutes", -1 FROM old_rows
             UNION ALL
             SELECT "organizationId", "volunteerId", "date", "activityTypeId", "status", "minutes", 1 FROM new_rows) AS c(o, v, d, a, s, m, n);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- The entries already logged.
UPDATE "HourMonthTotal" t SET "entries" = c.entries
  FROM (SELECT "organizationId", date_trunc('month', "date")::date AS month, "activityTypeId", "status", COUNT(*)::int AS entries
          FROM "HourLog" WHERE "status" <> 'REJECTED' GROUP BY 1, 2, 3, 4) c
 WHERE t."organizationId" = c."organizationId" AND t."month" = c.month AND t."activityTypeId" = c."activityTypeId" AND t."status" = c."status";

-- 2. VolunteerProfile.sortName is the user's name, so the volunteer list
--    (ordered by name) reads its page from an index. It is set when a
--    profile is created and follows every change of the user's name.

CREATE FUNCTION lotse_volunteer_sort_name() RETURNS trigger AS $$
BEGIN
  NEW."sortName" := (SELECT "name" FROM "User" WHERE "id" = NEW."userId");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "VolunteerProfile_sort_name" BEFORE INSERT OR UPDATE OF "userId", "sortName" ON "VolunteerProfile"
  FOR EACH ROW EXECUTE FUNCTION lotse_volunteer_sort_name();

CREATE FUNCTION lotse_user_name_to_volunteers() RETURNS trigger AS $$
BEGIN
  UPDATE "VolunteerProfile" SET "sortName" = NEW."name" WHERE "userId" = NEW."id";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_name_to_volunteers" AFTER UPDATE OF "name" ON "User"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION lotse_user_name_to_volunteers();

-- The profiles already there.
UPDATE "VolunteerProfile" v SET "sortName" = u."name" FROM "User" u WHERE u."id" = v."userId";
