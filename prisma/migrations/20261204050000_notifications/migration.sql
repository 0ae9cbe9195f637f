-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "href" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_organizationId_userId_createdAt_idx" ON "Notification"("organizationId", "userId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_organizationId_id_key" ON "Notification"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_userId_fkey" FOREIGN KEY ("organizationId", "userId") REFERENCES "Membership"("organizationId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every new notification is announced to the API instances listening on
-- `lotse_notifications` (notifications/events.ts). NOTIFY is transactional: the
-- announcement goes out when the change that caused the notification commits,
-- and never for one that rolls back. Only ids travel; a subscriber reads the
-- row through its own organisation-scoped client.
CREATE FUNCTION lotse_notification_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('lotse_notifications', json_build_object('id', NEW.id, 'organizationId', NEW."organizationId", 'userId', NEW."userId")::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Notification_added"
  AFTER INSERT ON "Notification"
  FOR EACH ROW
  EXECUTE FUNCTION lotse_notification_added();
