-- Issue 19: a post read in a record over a year before a visit is printed "as of" that record's month, and page 1
-- asks the officer to confirm it. The officer's confirmation that the post still holds: who confirmed it and when.
-- A pack for a visit within a year of the confirmation prints the post without the warning (the annex keeps the
-- record's date). One row per post; a later confirmation replaces the earlier one.
CREATE TABLE post_confirmation (
    position_id  TEXT PRIMARY KEY,
    confirmed_by TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
);
