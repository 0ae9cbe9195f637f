-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "content" JSONB;
