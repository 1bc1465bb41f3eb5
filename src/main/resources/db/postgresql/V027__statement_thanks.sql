-- PostgreSQL twin of db/migration/V027__statement_thanks.sql.
-- Thanks said at a meeting (issue 18 "statements"): who thanks whom ('vn' our side, 'jp' the partner's) and for what.
-- Part of the meeting's record: logged by the database with it (V015), as its commitments are.
CREATE TABLE thanks (
    id         text COLLATE "C" PRIMARY KEY,
    meeting_id text COLLATE "C" NOT NULL REFERENCES meeting (id) ON DELETE CASCADE DEFERRABLE,
    ordinal    bigint NOT NULL,
    by_side    text COLLATE "C" NOT NULL CHECK (by_side IN ('jp', 'vn')),
    to_side    text COLLATE "C" NOT NULL CHECK (to_side IN ('jp', 'vn')),
    text       text COLLATE "C" NOT NULL,
    source_id  text COLLATE "C" REFERENCES source (id) DEFERRABLE
);
CREATE INDEX thanks_meeting ON thanks (meeting_id);
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON thanks FOR EACH ROW
    EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');

-- An office made by an earlier version already has its roles: the same rights on the new table as on the others.
DO $$
DECLARE
    base text := 'pb_' || left(regexp_replace(lower(current_database()), '[^a-z0-9_]', '_', 'g'), 48);
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = base || '_reader') THEN
        EXECUTE format('GRANT SELECT ON thanks TO %I', base || '_reader');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = base || '_editor') THEN
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON thanks TO %I', base || '_editor');
    END IF;
END $$;
