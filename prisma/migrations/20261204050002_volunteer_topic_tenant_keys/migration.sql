-- DropForeignKey
ALTER TABLE "VolunteerTopic" DROP CONSTRAINT "VolunteerTopic_topicId_fkey";

-- DropForeignKey
ALTER TABLE "VolunteerTopic" DROP CONSTRAINT "VolunteerTopic_volunteerId_fkey";

-- A volunteer's topics were the one link between two organisation-owned rows
-- without the organisation in its key: a volunteer could be given another
-- organisation's topic. The column is filled from the volunteer, links to a
-- topic of another organisation (which no page could show) are removed, and
-- both references become composite keys like every other (migration tenant_keys).
ALTER TABLE "VolunteerTopic" ADD COLUMN     "organizationId" UUID;
UPDATE "VolunteerTopic" vt SET "organizationId" = v."organizationId"
  FROM "VolunteerProfile" v WHERE v."id" = vt."volunteerId";
DELETE FROM "VolunteerTopic" vt
  WHERE NOT EXISTS (SELECT 1 FROM "Topic" t WHERE t."id" = vt."topicId" AND t."organizationId" = vt."organizationId");
ALTER TABLE "VolunteerTopic" ALTER COLUMN "organizationId" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "VolunteerTopic" ADD CONSTRAINT "VolunteerTopic_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTopic" ADD CONSTRAINT "VolunteerTopic_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTopic" ADD CONSTRAINT "VolunteerTopic_organizationId_topicId_fkey" FOREIGN KEY ("organizationId", "topicId") REFERENCES "Topic"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
