-- Who did what, written by the database (issue 20): every row added, changed or removed in a record's tables is
-- logged by a trigger in the transaction that changes it, with the login (current_user) that made it, so no client
-- can skip or forge it. The rows of one transaction form one change (change_log); the application, which knows what
-- the change was ("edit of meeting m-1", an undo, an import), names it afterwards through pb_annotate_change, and
-- can only set those naming columns (see the grants of `office init`). The rows and stamps have the shape V010 gives
-- them and the SQLite store writes from the application (docs/decisions/0011-undo-own-change.md).

-- The change the current transaction's rows belong to: created by the first row the transaction changes.
-- Until the application names it, it is a 'write' (rows written without Protocol Brief saying what they were, or the
-- reference data of a new store): in the history, but not something `undo` takes back.
CREATE FUNCTION pb_current_change(first_kind TEXT, first_ref TEXT, first_table TEXT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    open_change BIGINT := nullif(current_setting('pb.change_id', true), '')::BIGINT;
BEGIN
    IF open_change IS NULL THEN
        INSERT INTO change_log (at, actor, session, action, kind, ref_id, label)
        VALUES (to_char(localtimestamp(0), 'YYYY-MM-DD"T"HH24:MI:SS'), session_user,
                coalesce(nullif(current_setting('pb.session', true), ''), 'backend-' || pg_backend_pid()),
                'write', first_kind, first_ref, first_table || ' ' || first_ref)
        RETURNING id INTO open_change;
        PERFORM set_config('pb.change_id', open_change::TEXT, true);
    END IF;
    RETURN open_change;
END $$;

-- The key of a row as the application writes it (a compact JSON array of the primary key's values).
CREATE FUNCTION pb_row_key(tbl REGCLASS, r JSONB) RETURNS TEXT
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT '[' || string_agg(coalesce(r -> a.attname::TEXT, 'null')::TEXT, ',' ORDER BY k.ord) || ']'
    FROM pg_index i
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k (attnum, ord)
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
    WHERE i.indrelid = tbl AND i.indisprimary
$$;

-- A row as JSON text with its columns in the table's order (the order the application reads and lists them in).
CREATE FUNCTION pb_row_json(tbl REGCLASS, r JSONB) RETURNS TEXT
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT json_object_agg(a.attname, r -> a.attname::TEXT ORDER BY a.attnum)::TEXT
    FROM pg_attribute a
    WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'rowid' AND r IS NOT NULL
$$;

-- The columns whose values differ between two versions of a row, in the table's order (as the application lists them).
CREATE FUNCTION pb_changed_fields(tbl REGCLASS, before JSONB, after JSONB) RETURNS TEXT
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT coalesce(string_agg(a.attname::TEXT, ',' ORDER BY a.attnum), '')
    FROM pg_attribute a
    WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'rowid' AND before IS NOT NULL
      AND (before -> a.attname::TEXT) IS DISTINCT FROM (after -> a.attname::TEXT)
$$;

-- Trigger: logs the row into the transaction's change and stamps the records it belongs to. Arguments name the
-- records: 'kind:column' (the record's id is the row's column) or 'kind:column:table:parent_column' (the id is
-- parent_column of the row of table whose id is the row's column, e.g. a follow-up's meeting through its request).
CREATE FUNCTION pb_audit_row() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    -- rowid stands in for SQLite's implicit one (pg20's V001): not a column of the record
    before_row JSONB := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'rowid' END;
    after_row  JSONB := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'rowid' END;
    any_row    JSONB := coalesce(after_row, before_row);
    the_key    TEXT := pb_row_key(TG_RELID, any_row);
    change     BIGINT;
    spec       TEXT[];
    record_id  TEXT;
    first_ref  TEXT;
    earlier    RECORD;
    stamped_at TEXT := to_char(localtimestamp(0), 'YYYY-MM-DD"T"HH24:MI:SS');
BEGIN
    IF TG_OP = 'UPDATE' AND before_row = after_row THEN
        RETURN NULL;
    END IF;
    spec := string_to_array(TG_ARGV[0], ':');
    first_ref := coalesce(any_row ->> spec[2], '');
    change := pb_current_change(spec[1], first_ref, TG_TABLE_NAME);
    -- A row changed twice in one change is one row change (first before, last after), as the application logs it.
    SELECT ordinal, change_row.before INTO earlier FROM change_row
     WHERE change_id = change AND table_name = TG_TABLE_NAME AND row_key = the_key;
    IF FOUND THEN
        IF earlier.before IS NULL AND after_row IS NULL THEN
            DELETE FROM change_row WHERE change_id = change AND ordinal = earlier.ordinal;
        ELSE
            UPDATE change_row SET after = pb_row_json(TG_RELID, after_row),
                   fields = CASE WHEN earlier.before IS NULL OR after_row IS NULL THEN ''
                                 ELSE pb_changed_fields(TG_RELID, earlier.before::JSONB, after_row) END
             WHERE change_id = change AND ordinal = earlier.ordinal;
        END IF;
    ELSE
        INSERT INTO change_row (change_id, ordinal, table_name, row_key, before, after, fields)
        VALUES (change, (SELECT coalesce(max(ordinal) + 1, 0) FROM change_row WHERE change_id = change),
                TG_TABLE_NAME, the_key, pb_row_json(TG_RELID, before_row), pb_row_json(TG_RELID, after_row),
                CASE WHEN TG_OP = 'UPDATE' THEN pb_changed_fields(TG_RELID, before_row, after_row) ELSE '' END);
    END IF;
    FOREACH record_id IN ARRAY TG_ARGV LOOP
        spec := string_to_array(record_id, ':');
        record_id := any_row ->> spec[2];
        IF record_id IS NOT NULL AND spec[3] IS NOT NULL THEN
            -- the parent may be gone already (a meeting deleted with its requests): the parent's row named it
            EXECUTE format('SELECT %I::TEXT FROM %I WHERE id = $1', spec[4], spec[3]) INTO record_id USING record_id;
        END IF;
        CONTINUE WHEN record_id IS NULL;
        INSERT INTO change_record (change_id, kind, ref_id) VALUES (change, spec[1], record_id)
        ON CONFLICT DO NOTHING;
        IF FOUND THEN
            -- once per record and change: the record's version moves on by one
            INSERT INTO record_stamp (kind, ref_id, version, created_by, created_at, changed_by, changed_at)
            VALUES (spec[1], record_id, 1, CASE WHEN TG_OP = 'INSERT' THEN session_user END,
                    CASE WHEN TG_OP = 'INSERT' THEN stamped_at END, session_user, stamped_at)
            ON CONFLICT (kind, ref_id) DO UPDATE SET version = record_stamp.version + 1,
                changed_by = excluded.changed_by, changed_at = excluded.changed_at;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- The application names the transaction's change (what it was, of which record) and closes it: rows written after
-- this in the same transaction start a new change. Returns the change's id, or 0 when no row changed.
CREATE FUNCTION pb_annotate_change(change_action TEXT, change_kind TEXT, change_ref TEXT, change_label TEXT,
                                   change_session TEXT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    open_change BIGINT := nullif(current_setting('pb.change_id', true), '')::BIGINT;
BEGIN
    IF open_change IS NULL THEN
        RETURN 0;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM change_row WHERE change_id = open_change) THEN
        -- every row it logged was taken back within the transaction: nothing changed
        DELETE FROM change_log WHERE change_log.id = open_change;
        PERFORM set_config('pb.change_id', '', true);
        RETURN 0;
    END IF;
    UPDATE change_log SET action = change_action, kind = change_kind, ref_id = change_ref, label = change_label,
           session = coalesce(change_session, session)
     WHERE change_log.id = open_change;
    PERFORM set_config('pb.change_id', '', true);
    RETURN open_change;
END $$;

-- A new store's reference data and demo records are its starting point, not a change (the SQLite store keeps no
-- history of them either): the store's owner, who writes them when opening the new store, forgets their log. Runs
-- with the caller's rights: only the owner may delete from the change log.
CREATE FUNCTION pb_forget_open_change() RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    open_change BIGINT := nullif(current_setting('pb.change_id', true), '')::BIGINT;
BEGIN
    IF open_change IS NULL THEN
        RETURN;
    END IF;
    DELETE FROM record_stamp s USING change_record r
     WHERE r.change_id = open_change AND s.kind = r.kind AND s.ref_id = r.ref_id AND s.version = 1;
    DELETE FROM change_log WHERE id = open_change;
    PERFORM set_config('pb.change_id', '', true);
END $$;

-- Only the triggers open a change (they run as the schema's owner); a client names its own open change.
REVOKE EXECUTE ON FUNCTION pb_current_change(TEXT, TEXT, TEXT) FROM PUBLIC;

CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON meeting FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON meeting_source FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON participant FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON request FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON request_category_link FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:request_id:request:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON request_followup FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:request_id:request:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON gift FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON agreement FOR EACH ROW EXECUTE FUNCTION pb_audit_row('agreement:id', 'meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON aid_project FOR EACH ROW EXECUTE FUNCTION pb_audit_row('aid:id', 'meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON meeting_review FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON commitment FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON commitment_followup FOR EACH ROW EXECUTE FUNCTION pb_audit_row('meeting:commitment_id:commitment:meeting_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON person FOR EACH ROW EXECUTE FUNCTION pb_audit_row('person:id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON position FOR EACH ROW EXECUTE FUNCTION pb_audit_row('person:person_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON source FOR EACH ROW EXECUTE FUNCTION pb_audit_row('source:id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON partner FOR EACH ROW EXECUTE FUNCTION pb_audit_row('partner:id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON partner_alias FOR EACH ROW EXECUTE FUNCTION pb_audit_row('partner:partner_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON key_figure FOR EACH ROW EXECUTE FUNCTION pb_audit_row('figure:id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON locality_link FOR EACH ROW EXECUTE FUNCTION pb_audit_row('link:id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON sensitivity FOR EACH ROW EXECUTE FUNCTION pb_audit_row('sensitivity:id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON visit FOR EACH ROW EXECUTE FUNCTION pb_audit_row('visit:id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON visit_person FOR EACH ROW EXECUTE FUNCTION pb_audit_row('visit:visit_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON visit_programme FOR EACH ROW EXECUTE FUNCTION pb_audit_row('visit:visit_id');
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON visit_point FOR EACH ROW EXECUTE FUNCTION pb_audit_row('visit:visit_id');
