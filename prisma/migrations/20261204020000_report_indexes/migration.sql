-- Integrationsmonitor (issue 14). Hand-written: Prisma's schema cannot name a
-- partial index with included columns.

-- The monitor's volunteers and hours sections read every approved entry of a
-- period: this index holds exactly those, with the columns the statements
-- need, so they are read from the index alone (no visit to the table's rows).
CREATE INDEX "HourLog_approved_report_idx" ON "HourLog"("organizationId", "date") INCLUDE ("volunteerId", "minutes", "activityTypeId") WHERE "status" = 'APPROVED';
