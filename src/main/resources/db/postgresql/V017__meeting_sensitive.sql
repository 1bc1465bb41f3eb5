-- PostgreSQL twin of db/migration/V017__meeting_sensitive.sql.
-- A meeting an officer marked sensitive (issue 20): `travel take --without-sensitive` leaves it out of a travel copy,
-- with everything saved with it. The pack does not read it.
CREATE TABLE meeting_sensitive (
    meeting_id text COLLATE "C" PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE DEFERRABLE,
    marked_by  text COLLATE "C" NOT NULL,
    marked_at  text COLLATE "C" NOT NULL
);

-- Logged by the database as a part of its meeting, like every other part (V015).
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON meeting_sensitive FOR EACH ROW
    EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');

-- An office made by an earlier version already has its roles (`office init`): they get the same rights on this table
-- as on the others, so that upgrading does not wait for an admin to run `office init` again.
DO $$
DECLARE
    base text := 'pb_' || left(regexp_replace(lower(current_database()), '[^a-z0-9_]', '_', 'g'), 48);
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = base || '_reader') THEN
        EXECUTE format('GRANT SELECT ON meeting_sensitive TO %I', base || '_reader');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = base || '_editor') THEN
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON meeting_sensitive TO %I', base || '_editor');
    END IF;
END $$;
