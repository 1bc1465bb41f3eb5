-- Issue 20: what the word counts of V018 cost an office store's writes. Adds and removes a copy of each of the newest
-- 100 meeting index rows, each pair in its own transaction (the counts are taken at commit), then the same on a
-- table of the same shape and indexes without the counting triggers (dropped at the end). The store ends as it began
-- (the copies are removed). Run on a filled office store: psql -d DATABASE -f tools/search-index-write-cost.sql
CREATE TEMP TABLE sample AS SELECT kind, ref_id, title, body, ftitle, fbody, terms, ntokens FROM search_index
    WHERE kind = 'meeting' ORDER BY rowid DESC LIMIT 100;
CREATE TABLE search_index_write_cost_bare (LIKE search_index INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES);
DO $$
DECLARE t0 timestamptz; r record; counted interval; id bigint;
BEGIN
    t0 := clock_timestamp();
    FOR r IN SELECT * FROM sample LOOP
        INSERT INTO search_index (kind, ref_id, title, body, ftitle, fbody, terms, ntokens)
            VALUES (r.kind, r.ref_id || '-copy', r.title, r.body, r.ftitle, r.fbody, r.terms, r.ntokens)
            RETURNING rowid INTO id;
        DELETE FROM search_index WHERE rowid = id;
        COMMIT;
    END LOOP;
    counted := clock_timestamp() - t0;
    t0 := clock_timestamp();
    FOR r IN SELECT * FROM sample LOOP
        INSERT INTO search_index_write_cost_bare (kind, ref_id, title, body, ftitle, fbody, terms, ntokens)
            VALUES (r.kind, r.ref_id || '-copy', r.title, r.body, r.ftitle, r.fbody, r.terms, r.ntokens)
            RETURNING rowid INTO id;
        DELETE FROM search_index_write_cost_bare WHERE rowid = id;
        COMMIT;
    END LOOP;
    RAISE NOTICE '100 meeting index rows added and removed, a transaction each: % with the word counts, % without',
        counted, clock_timestamp() - t0;
END $$;
-- The same 100 rows added and removed in one transaction (a sync or an undo re-indexes many records at once).
DO $$
DECLARE t0 timestamptz; r record; id bigint;
BEGIN
    t0 := clock_timestamp();
    FOR r IN SELECT * FROM sample LOOP
        INSERT INTO search_index (kind, ref_id, title, body, ftitle, fbody, terms, ntokens)
            VALUES (r.kind, r.ref_id || '-copy', r.title, r.body, r.ftitle, r.fbody, r.terms, r.ntokens)
            RETURNING rowid INTO id;
        DELETE FROM search_index WHERE rowid = id;
    END LOOP;
    COMMIT;
    RAISE NOTICE 'the same in one transaction: %', clock_timestamp() - t0;
END $$;
DROP TABLE search_index_write_cost_bare;
