-- AlterTable: files sent with a mail (an invitation's calendar file), kept until sent.
ALTER TABLE "OutboxMessage" ADD COLUMN "attachments" JSONB;
