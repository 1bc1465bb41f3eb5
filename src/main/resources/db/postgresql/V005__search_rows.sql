-- PostgreSQL twin of db/migration/V005__search_rows.sql.
-- Where each record sits in the full-text index. FTS5 tables have no indexes of their own, so replacing a
-- record's entry found it by scanning the whole index: an import of 5,000 meetings took nearly 19 minutes.
CREATE TABLE search_row (
    kind   text COLLATE "C" NOT NULL,
    ref_id text COLLATE "C" NOT NULL,
    row    bigint NOT NULL,
    PRIMARY KEY (kind, ref_id)
);

-- Each record once in the index: older builds could leave a second entry behind.
DELETE FROM search_index WHERE rowid NOT IN (SELECT max(rowid) FROM search_index GROUP BY kind, ref_id);
INSERT INTO search_row (kind, ref_id, row) SELECT kind, ref_id, rowid FROM search_index;
