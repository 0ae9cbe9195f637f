-- A family's erasure (matching module, family-privacy.service.ts: the row stays,
-- anonymised, with "closedReason" = 'erased') must also reach the names that
-- goods reservations and fund disbursements copied when they were made
-- (familyName, what the storage room reads): otherwise the family's name would
-- outlive its erasure in the donations area. The database does it, in the
-- erasure's transaction, whichever code erases the family.
CREATE FUNCTION lotse_family_erased_in_donations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "GoodsReservation" SET "familyName" = NEW."addressedAs"
    WHERE "organizationId" = NEW."organizationId" AND "familyId" = NEW.id;
  UPDATE "FundDisbursement" SET "familyName" = NEW."addressedAs"
    WHERE "organizationId" = NEW."organizationId" AND "familyId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Family_erased_in_donations"
  AFTER UPDATE OF "closedReason" ON "Family"
  FOR EACH ROW
  WHEN (NEW."closedReason" = 'erased' AND OLD."closedReason" IS DISTINCT FROM 'erased')
  EXECUTE FUNCTION lotse_family_erased_in_donations();
