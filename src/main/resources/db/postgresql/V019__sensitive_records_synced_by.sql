-- PostgreSQL twin of db/migration/V019__sensitive_records_synced_by.sql (issue 20).
-- (1) Persons, partners, single requests and visits an officer marked sensitive (meetings: V017). A request's mark
-- names its meeting and goes with the meeting (saving a meeting writes its requests anew).
CREATE TABLE person_sensitive (
    person_id text COLLATE "C" PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE DEFERRABLE,
    marked_by text COLLATE "C" NOT NULL,
    marked_at text COLLATE "C" NOT NULL
);
CREATE TABLE partner_sensitive (
    partner_id text COLLATE "C" PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE DEFERRABLE,
    marked_by  text COLLATE "C" NOT NULL,
    marked_at  text COLLATE "C" NOT NULL
);
CREATE TABLE request_sensitive (
    request_id text COLLATE "C" PRIMARY KEY,
    meeting_id text COLLATE "C" NOT NULL REFERENCES meeting (id) ON DELETE CASCADE DEFERRABLE,
    marked_by  text COLLATE "C" NOT NULL,
    marked_at  text COLLATE "C" NOT NULL
);
CREATE INDEX request_sensitive_meeting ON request_sensitive (meeting_id);
CREATE TABLE visit_sensitive (
    visit_id  text COLLATE "C" PRIMARY KEY REFERENCES visit (id) ON DELETE CASCADE DEFERRABLE,
    marked_by text COLLATE "C" NOT NULL,
    marked_at text COLLATE "C" NOT NULL
);

-- Logged by the database as a part of its record, like every other part (V015).
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON person_sensitive FOR EACH ROW
    EXECUTE FUNCTION pb_audit_row('person:person_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON partner_sensitive FOR EACH ROW
    EXECUTE FUNCTION pb_audit_row('partner:partner_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON request_sensitive FOR EACH ROW
    EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON visit_sensitive FOR EACH ROW
    EXECUTE FUNCTION pb_audit_row('visit:visit_id');

-- (2) "On the road, synced by": who made a synced change on the travel copy, and when. The change's actor stays the
-- login that ran the sync (session_user, written by the database); the sync names the road's officer and time in
-- transaction-local settings (pb.road_by, pb.road_at) before each record, and the change opened by that record's
-- first row takes them. A client cannot write these columns otherwise (no grant on change_log).
ALTER TABLE change_log ADD COLUMN road_by text COLLATE "C";
ALTER TABLE change_log ADD COLUMN road_at text COLLATE "C";

CREATE OR REPLACE FUNCTION pb_current_change(first_kind TEXT, first_ref TEXT, first_table TEXT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    open_change BIGINT := nullif(current_setting('pb.change_id', true), '')::BIGINT;
BEGIN
    IF open_change IS NULL THEN
        INSERT INTO change_log (at, actor, session, action, kind, ref_id, label, road_by, road_at)
        VALUES (to_char(localtimestamp(0), 'YYYY-MM-DD"T"HH24:MI:SS'), session_user,
                coalesce(nullif(current_setting('pb.session', true), ''), 'backend-' || pg_backend_pid()),
                'write', first_kind, first_ref, first_table || ' ' || first_ref,
                nullif(current_setting('pb.road_by', true), ''), nullif(current_setting('pb.road_at', true), ''))
        RETURNING id INTO open_change;
        PERFORM set_config('pb.change_id', open_change::TEXT, true);
    END IF;
    RETURN open_change;
END $$;
REVOKE EXECUTE ON FUNCTION pb_current_change(TEXT, TEXT, TEXT) FROM PUBLIC;

-- An office made by an earlier version already has its roles: the same rights on the new tables as on the others.
DO $$
DECLARE
    base text := 'pb_' || left(regexp_replace(lower(current_database()), '[^a-z0-9_]', '_', 'g'), 48);
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['person_sensitive', 'partner_sensitive', 'request_sensitive', 'visit_sensitive'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = base || '_reader') THEN
            EXECUTE format('GRANT SELECT ON %I TO %I', t, base || '_reader');
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = base || '_editor') THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, base || '_editor');
        END IF;
    END LOOP;
END $$;
