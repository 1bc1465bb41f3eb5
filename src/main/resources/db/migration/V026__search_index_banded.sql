-- Issue 20: on an office store (PostgreSQL, db/postgresql/V026) each index row's words are indexed a second time,
-- tagged with the row's band of rowids, so that a search of several common words reads only the newest rows' lists.
-- SQLite's FTS5 already walks its lists newest first; this version adds nothing here and exists so that both stores
-- count the same schema versions.
SELECT 1;
