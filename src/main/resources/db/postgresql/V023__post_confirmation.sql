-- PostgreSQL twin of V023: the officer's confirmation that a post read over a year before a visit still holds
-- (who confirmed it and when); a pack within a year of it prints the post without the warning.
-- A pack for a visit within a year of the confirmation prints the post without the warning (the annex keeps the
-- record's date). One row per post; a later confirmation replaces the earlier one.
CREATE TABLE post_confirmation (
    position_id  TEXT PRIMARY KEY,
    confirmed_by TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
);
