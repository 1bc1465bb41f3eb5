-- Every generated briefing pack: when, for which visit, in which language, and exactly which records it
-- was made from (a snapshot stamp the PDF also carries).
CREATE TABLE brief_record (
    id             TEXT PRIMARY KEY,
    created_at     TEXT NOT NULL,
    province_id    TEXT NOT NULL REFERENCES province (id),
    partner_id     TEXT NOT NULL REFERENCES partner (id),
    leader_id      TEXT REFERENCES person (id),
    visit_date     TEXT,
    lang           TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
    classification TEXT NOT NULL,
    file           TEXT,
    pages          INTEGER,
    snapshot       TEXT NOT NULL,
    record_ids     TEXT NOT NULL
);
CREATE INDEX brief_record_pair ON brief_record (province_id, partner_id, created_at DESC);
