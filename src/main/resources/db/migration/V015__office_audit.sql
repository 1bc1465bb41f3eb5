-- Issue 20, who did what: on an office store (PostgreSQL, db/postgresql/V015) triggers write the change log with the
-- login. On this laptop's SQLite store the application keeps writing it (ChangeLog), so this version adds nothing
-- here; it exists so that both stores count the same schema versions.
SELECT 1;
