-- The whole domain of DESIGN.md. Ids are text: stable slugs for curated records, UUIDs for new ones.
-- Partial dates are ISO text at their precision ('2025-11-25', '2025-11', '2025') or NULL when unknown.

CREATE TABLE province (
    id        TEXT PRIMARY KEY,
    name_vi   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('city', 'province'))
);

-- The 63 pre-2025 units; a unit's own former name is one of its predecessors.
CREATE TABLE predecessor (
    province_id TEXT NOT NULL REFERENCES province (id),
    name_vi     TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    PRIMARY KEY (province_id, name_vi)
);

CREATE TABLE province_alias (
    province_id TEXT NOT NULL REFERENCES province (id),
    alias       TEXT NOT NULL,
    PRIMARY KEY (province_id, alias)
);

CREATE TABLE prefecture (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_ja TEXT NOT NULL,
    name_vi TEXT NOT NULL,
    region  TEXT NOT NULL
);

CREATE TABLE request_category (
    id       TEXT PRIMARY KEY,
    label_vi TEXT NOT NULL,
    label_en TEXT NOT NULL,
    ordinal  INTEGER NOT NULL
);

CREATE TABLE partner (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('embassy', 'consulate_general', 'prefecture', 'municipality',
                                                  'agency', 'university', 'company', 'association')),
    name_vi         TEXT,
    name_en         TEXT,
    name_ja         TEXT,
    prefecture_code TEXT REFERENCES prefecture (code),
    note            TEXT,
    CHECK (name_vi IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE partner_alias (
    partner_id TEXT NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,
    PRIMARY KEY (partner_id, alias)
);

CREATE TABLE source (
    id           TEXT PRIMARY KEY,
    publication  TEXT,
    url          TEXT,
    published_on TEXT,
    title        TEXT,
    full_text    TEXT NOT NULL
);

CREATE TABLE person (
    id          TEXT PRIMARY KEY,
    family_name TEXT NOT NULL,
    given_name  TEXT,
    kanji       TEXT,
    nationality TEXT NOT NULL CHECK (nationality IN ('jp', 'vn', 'other')),
    honorific   TEXT,
    note        TEXT
);

CREATE TABLE position (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    title        TEXT NOT NULL,
    organisation TEXT,
    partner_id   TEXT REFERENCES partner (id),
    province_id  TEXT REFERENCES province (id),
    from_date    TEXT,
    to_date      TEXT,
    source_id    TEXT REFERENCES source (id)
);
CREATE INDEX position_person ON position (person_id);

CREATE TABLE meeting (
    id                  TEXT PRIMARY KEY,
    date                TEXT,
    date_precision      TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    province_id         TEXT NOT NULL REFERENCES province (id),
    province_as_written TEXT,
    venue               TEXT,
    partner_id          TEXT REFERENCES partner (id),
    title               TEXT,
    summary             TEXT,
    outcome             TEXT,
    -- Newest-first ordering: the date, else the earliest source's date, else ''.
    sort_key            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_history ON meeting (province_id, partner_id, sort_key DESC);
CREATE INDEX meeting_partner ON meeting (partner_id, sort_key DESC);

CREATE TABLE meeting_source (
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    source_id  TEXT NOT NULL REFERENCES source (id),
    ordinal    INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, source_id)
);

-- The delegation (side 'jp': leader and members) and the Vietnamese hosts and attendees (side 'vn').
CREATE TABLE participant (
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    person_id  TEXT NOT NULL REFERENCES person (id),
    side       TEXT NOT NULL CHECK (side IN ('jp', 'vn')),
    role       TEXT NOT NULL CHECK (role IN ('leader', 'member', 'host', 'attendee')),
    title      TEXT,
    PRIMARY KEY (meeting_id, ordinal)
);
CREATE INDEX participant_person ON participant (person_id);

CREATE TABLE request (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    direction  TEXT NOT NULL CHECK (direction IN ('vn_to_jp', 'jp_to_vn')),
    text       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'declined')),
    thread_key TEXT,
    source_id  TEXT REFERENCES source (id)
);
CREATE INDEX request_meeting ON request (meeting_id);
CREATE INDEX request_thread ON request (thread_key);

CREATE TABLE request_category_link (
    request_id  TEXT NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    category_id TEXT NOT NULL REFERENCES request_category (id),
    ordinal     INTEGER NOT NULL,
    PRIMARY KEY (request_id, category_id)
);
CREATE INDEX request_category_by_category ON request_category_link (category_id);

CREATE TABLE request_followup (
    request_id TEXT NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    date       TEXT,
    status     TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'declined')),
    note       TEXT,
    source_id  TEXT REFERENCES source (id),
    PRIMARY KEY (request_id, ordinal)
);

CREATE TABLE gift (
    id                 TEXT PRIMARY KEY,
    meeting_id         TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    ordinal            INTEGER NOT NULL,
    item               TEXT NOT NULL,
    direction          TEXT NOT NULL CHECK (direction IN ('vn_to_jp', 'jp_to_vn')),
    giver_person_id    TEXT REFERENCES person (id),
    giver_text         TEXT,
    receiver_person_id TEXT REFERENCES person (id),
    receiver_text      TEXT,
    source_id          TEXT REFERENCES source (id)
);

CREATE TABLE agreement (
    id                  TEXT PRIMARY KEY,
    meeting_id          TEXT REFERENCES meeting (id) ON DELETE SET NULL,
    province_id         TEXT NOT NULL REFERENCES province (id),
    province_as_written TEXT,
    partner_id          TEXT REFERENCES partner (id),
    kind                TEXT NOT NULL,
    title               TEXT NOT NULL,
    signed_on           TEXT,
    parties             TEXT,
    fields              TEXT,
    status              TEXT,
    source_id           TEXT REFERENCES source (id)
);
CREATE INDEX agreement_province ON agreement (province_id, partner_id);

CREATE TABLE aid_project (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT REFERENCES meeting (id) ON DELETE SET NULL,
    province_id TEXT NOT NULL REFERENCES province (id),
    partner_id  TEXT REFERENCES partner (id),
    title       TEXT NOT NULL,
    donor       TEXT,
    channel     TEXT,
    amount      TEXT,
    currency    TEXT,
    amount_note TEXT,
    purpose     TEXT,
    status      TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'in_progress', 'completed', 'cancelled')),
    date        TEXT,
    source_id   TEXT REFERENCES source (id)
);
CREATE INDEX aid_project_province ON aid_project (province_id, partner_id);

CREATE TABLE key_figure (
    id          TEXT PRIMARY KEY,
    province_id TEXT REFERENCES province (id),
    partner_id  TEXT REFERENCES partner (id),
    label       TEXT NOT NULL,
    value       TEXT NOT NULL,
    unit        TEXT,
    as_of       TEXT,
    source_id   TEXT REFERENCES source (id)
);

CREATE TABLE locality_link (
    id                  TEXT PRIMARY KEY,
    province_id         TEXT NOT NULL REFERENCES province (id),
    province_as_written TEXT,
    partner_id          TEXT NOT NULL REFERENCES partner (id),
    kind                TEXT NOT NULL,
    since               TEXT,
    note                TEXT,
    source_id           TEXT REFERENCES source (id)
);

CREATE TABLE sensitivity (
    id          TEXT PRIMARY KEY,
    province_id TEXT NOT NULL REFERENCES province (id),
    partner_id  TEXT REFERENCES partner (id),
    kind        TEXT NOT NULL CHECK (kind IN ('disaster', 'condolence', 'anniversary', 'other')),
    date        TEXT,
    text        TEXT NOT NULL,
    source_id   TEXT REFERENCES source (id)
);
