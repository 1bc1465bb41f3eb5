-- Issue 20: on an office store (PostgreSQL, db/postgresql/V016) the English renderings (V011) are logged by the
-- database's triggers like every other part of a record. On SQLite the application logs them; this version adds
-- nothing here and exists so that both stores count the same schema versions.
SELECT 1;
