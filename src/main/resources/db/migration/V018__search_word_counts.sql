-- Issue 20: on an office store (PostgreSQL, db/postgresql/V018) the rows holding each word and each prefix are
-- counted in a table for bm25's idf. SQLite's FTS5 keeps these counts itself; this version adds nothing here and
-- exists so that both stores count the same schema versions.
SELECT 1;
