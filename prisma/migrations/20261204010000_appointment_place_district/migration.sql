-- Where an appointment takes place, as a district (interpreter suggestions rank by distance from it).
ALTER TABLE "Appointment" ADD COLUMN "placeDistrictId" UUID;

-- AddForeignKey
-- Hand-written: SET NULL clears only placeDistrictId, never organizationId (as in migration tenant_keys).
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_organizationId_placeDistrictId_fkey" FOREIGN KEY ("organizationId", "placeDistrictId") REFERENCES "District"("organizationId", "id") ON DELETE SET NULL ("placeDistrictId") ON UPDATE CASCADE;

-- Appointments booked before: the organisation's setting, where it names one of its districts.
UPDATE "Appointment" a
SET "placeDistrictId" = d."id"
FROM "Organization" o, "District" d
WHERE o."id" = a."organizationId"
  AND d."organizationId" = a."organizationId"
  AND d."name" = btrim(o."settings" -> 'interpreting' ->> 'placeDistrict');
