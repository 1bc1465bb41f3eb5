-- Issue 20. (1) Records of other kinds an officer marked sensitive (meetings have meeting_sensitive, V017): a person
-- (private notes on a guest), a partner, a single request, a visit in preparation. `travel take --without-sensitive`
-- leaves each out with what hangs on it (docs/decisions/0013-travel-copy.md) and a travel sync neither sends it to
-- such a copy nor deletes it at the office. One table per kind, keyed by the record's id, so that the records' rows
-- and the code that rewrites them are unchanged. A request's mark names its meeting and goes with the meeting, not
-- with the request's row: saving a meeting writes its requests anew, and the mark must survive that.
CREATE TABLE person_sensitive (
    person_id TEXT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    marked_by TEXT NOT NULL,
    marked_at TEXT NOT NULL
);
CREATE TABLE partner_sensitive (
    partner_id TEXT PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE,
    marked_by  TEXT NOT NULL,
    marked_at  TEXT NOT NULL
);
CREATE TABLE request_sensitive (
    request_id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    marked_by  TEXT NOT NULL,
    marked_at  TEXT NOT NULL
);
CREATE INDEX request_sensitive_meeting ON request_sensitive (meeting_id);
CREATE TABLE visit_sensitive (
    visit_id  TEXT PRIMARY KEY REFERENCES visit (id) ON DELETE CASCADE,
    marked_by TEXT NOT NULL,
    marked_at TEXT NOT NULL
);

-- (2) "On the road, synced by": a change a travel sync brought to this store keeps who made it on the copy and when
-- (the change's actor and time are the sync's: who synced, when). NULL for every change made here.
ALTER TABLE change_log ADD COLUMN road_by TEXT;
ALTER TABLE change_log ADD COLUMN road_at TEXT;
