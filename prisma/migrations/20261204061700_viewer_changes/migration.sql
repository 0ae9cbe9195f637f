-- Every API instance keeps the viewers (session -> user, memberships, roles,
-- current organisation with its settings) it resolved for a few seconds
-- (db/viewer-cache.ts). A committed change to any row a viewer
-- is made of is announced on `lotse_viewer_changes`, and every instance drops
-- its copies when it hears it (db/viewer-changes.ts). NOTIFY is transactional:
-- the announcement goes out at commit, never for a rollback, and one
-- transaction's identical announcements arrive as one.
CREATE FUNCTION lotse_viewer_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('lotse_viewer_changes', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "User_viewer_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION lotse_viewer_changed();
CREATE TRIGGER "Membership_viewer_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Membership"
  FOR EACH STATEMENT EXECUTE FUNCTION lotse_viewer_changed();
CREATE TRIGGER "MembershipRole_viewer_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MembershipRole"
  FOR EACH STATEMENT EXECUTE FUNCTION lotse_viewer_changed();
CREATE TRIGGER "Organization_viewer_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organization"
  FOR EACH STATEMENT EXECUTE FUNCTION lotse_viewer_changed();
CREATE TRIGGER "MatchingSettings_viewer_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MatchingSettings"
  FOR EACH STATEMENT EXECUTE FUNCTION lotse_viewer_changed();
-- A viewer holds only whether they have a volunteer profile here.
CREATE TRIGGER "VolunteerProfile_viewer_changed" AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "userId", "organizationId" ON "VolunteerProfile"
  FOR EACH STATEMENT EXECUTE FUNCTION lotse_viewer_changed();
-- A session's lastSeenAt moves once a minute per active session and changes
-- no viewer; revocation, expiry and an organisation switch do. A new session
-- changes no viewer resolved so far.
CREATE TRIGGER "Session_viewer_changed" AFTER UPDATE ON "Session"
  FOR EACH ROW
  WHEN (OLD."revokedAt" IS DISTINCT FROM NEW."revokedAt"
        OR OLD."expiresAt" IS DISTINCT FROM NEW."expiresAt"
        OR OLD."currentOrganizationId" IS DISTINCT FROM NEW."currentOrganizationId"
        OR OLD."userId" IS DISTINCT FROM NEW."userId"
        OR OLD."tokenHash" IS DISTINCT FROM NEW."tokenHash")
  EXECUTE FUNCTION lotse_viewer_changed();
CREATE TRIGGER "Session_viewer_removed" AFTER DELETE OR TRUNCATE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION lotse_viewer_changed();
