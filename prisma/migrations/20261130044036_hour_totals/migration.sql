-- CreateTable
CREATE TABLE "HourMonthTotal" (
    "organizationId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "activityTypeId" UUID NOT NULL,
    "status" "ReviewStatus" NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "HourMonthTotal_pkey" PRIMARY KEY ("organizationId","month","activityTypeId","status")
);

-- CreateTable
CREATE TABLE "HourVolunteerYear" (
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "volunteerId" UUID NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "HourVolunteerYear_pkey" PRIMARY KEY ("organizationId","year","volunteerId")
);

-- ---------------------------------------------------------------------------
-- Hand-written: the hour totals the summaries read, kept by the database.
--
-- HourMonthTotal holds the pending and approved minutes per organisation,
-- month and activity; HourVolunteerYear the non-rejected minutes per
-- volunteer and year (for "volunteers with hours"). Statement-level triggers
-- add up what each INSERT, UPDATE or DELETE on HourLog changed and apply the
-- net change once per key, in key order, so a bulk write (a review of many
-- entries) touches each total once and concurrent writers take the totals'
-- row locks in the same order. Totals that fall to 0 stay; readers skip them.

-- Adds signed minutes (one element per changed entry) to both tables.
CREATE FUNCTION lotse_hour_totals_add(orgs uuid[], volunteers uuid[], days date[], activities uuid[], statuses "ReviewStatus"[], minutes int[])
RETURNS void AS $$
  WITH changes AS (
    SELECT * FROM unnest(orgs, volunteers, days, activities, statuses, minutes) AS c(org, volunteer, day, activity, status, minutes)
     WHERE status <> 'REJECTED'
  ), by_month AS (
    INSERT INTO "HourMonthTotal" ("organizationId", "month", "activityTypeId", "status", "minutes")
    SELECT org, date_trunc('month', day)::date, activity, status, SUM(minutes)::int
      FROM changes GROUP BY 1, 2, 3, 4 HAVING SUM(minutes) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("organizationId", "month", "activityTypeId", "status")
    DO UPDATE SET "minutes" = "HourMonthTotal"."minutes" + EXCLUDED."minutes"
  )
  INSERT INTO "HourVolunteerYear" ("organizationId", "year", "volunteerId", "minutes")
  SELECT org, EXTRACT(YEAR FROM day)::int, volunteer, SUM(minutes)::int
    FROM changes GROUP BY 1, 2, 3 HAVING SUM(minutes) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("organizationId", "year", "volunteerId")
  DO UPDATE SET "minutes" = "HourVolunteerYear"."minutes" + EXCLUDED."minutes";
$$ LANGUAGE sql;

-- One function for the three triggers: PL/pgSQL plans a branch only when it
-- runs, so each branch may name only the transition tables its event has.
CREATE FUNCTION lotse_hour_totals() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lotse_hour_totals_add(array_agg("organizationId"), array_agg("volunteerId"), array_agg("date"), array_agg("activityTypeId"), array_agg("status"), array_agg("minutes"))
       FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM lotse_hour_totals_add(array_agg("organizationId"), array_agg("volunteerId"), array_agg("date"), array_agg("activityTypeId"), array_agg("status"), array_agg(-"minutes"))
       FROM old_rows;
  ELSE
    PERFORM lotse_hour_totals_add(array_agg(o), array_agg(v), array_agg(d), array_agg(a), array_agg(s), array_agg(m))
       FROM (SELECT "organizationId", "volunteerId", "date", "activityTypeId", "status", -"minutes" FROM old_rows
             UNION ALL
             SELECT "organizationId", "volunteerId", "date", "activityTypeId", "status", "minutes" FROM new_rows) AS c(o, v, d, a, s, m);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "HourLog_totals_insert" AFTER INSERT ON "HourLog"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lotse_hour_totals();
CREATE TRIGGER "HourLog_totals_update" AFTER UPDATE ON "HourLog"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lotse_hour_totals();
CREATE TRIGGER "HourLog_totals_delete" AFTER DELETE ON "HourLog"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lotse_hour_totals();

-- The entries already logged.
SELECT lotse_hour_totals_add(array_agg("organizationId"), array_agg("volunteerId"), array_agg("date"), array_agg("activityTypeId"), array_agg("status"), array_agg("minutes"))
  FROM "HourLog";
