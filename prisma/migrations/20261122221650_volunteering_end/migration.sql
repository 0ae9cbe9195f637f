-- AlterEnum
ALTER TYPE "VolunteerStatus" ADD VALUE 'ENDED';

-- AlterTable
ALTER TABLE "VolunteerProfile" ADD COLUMN     "endedAt" TIMESTAMP(3);
