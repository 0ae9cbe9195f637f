-- AlterTable
ALTER TABLE "HourLog" ADD COLUMN     "importReason" TEXT;

-- AlterTable
ALTER TABLE "VolunteerProfile" ADD COLUMN     "ehrenamtskarteIssuedOn" DATE;
