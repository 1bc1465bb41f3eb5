-- PostgreSQL twin of db/migration/V013__request_due.sql.
-- The day a request is to be answered by, when one was said (a request typed after a visit: "VN:…:31/01/2027").
-- Dated requests join the commitments in the list of what is due; most requests have none.
ALTER TABLE request ADD COLUMN due_date text COLLATE "C";
CREATE INDEX request_due ON request (status, due_date);
