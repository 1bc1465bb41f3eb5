-- PostgreSQL twin of db/migration/V009__meeting_review.sql.
-- Who read a meeting's records against their source, and when (docs/decisions/0010-reviewed-records.md). A meeting
-- with no row here is unreviewed: saved in bulk by the importer and checked by nobody yet. The requests, gifts,
-- agreements and aid saved with a meeting share its state.
CREATE TABLE meeting_review (
    meeting_id  text COLLATE "C" PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE DEFERRABLE,
    reviewed_by text COLLATE "C" NOT NULL,
    reviewed_at text COLLATE "C" NOT NULL
);

-- Meetings already stored. The demo meetings were curated by hand from their articles: reviewed by "demo".
INSERT INTO meeting_review (meeting_id, reviewed_by, reviewed_at)
SELECT id, 'demo', '2026-11-22T11:54:02' FROM meeting
 WHERE id IN ('m-2025-ninh-binh-embassy', 'm-2025-11-25-phu-tho-embassy', 'm-2025-10-27-gia-lai-ashikaga',
              'm-2024-binh-dinh-ashikaga', 'm-2023-11-quang-ninh-hokkaido', 'm-cao-bang-embassy');

-- A meeting whose source is an article the importer stored (its id is the hash of the text, "src-" and 16 hex
-- digits, and the text is kept) may have been saved in bulk: nothing tells a reviewed save from a bulk one before
-- this version, so it stays unreviewed until someone checks it. Every other meeting was typed in a form or came
-- from an export: someone entered it, but who is not known.
INSERT INTO meeting_review (meeting_id, reviewed_by, reviewed_at)
SELECT m.id, 'unknown (before reviews were recorded)', to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS')
  FROM meeting m
 WHERE m.id NOT IN (SELECT meeting_id FROM meeting_review)
   AND NOT EXISTS (SELECT 1 FROM meeting_source ms JOIN source s ON s.id = ms.source_id
                    WHERE ms.meeting_id = m.id AND length(s.id) = 20
                      AND s.id ~ '^src-[0-9a-f]{16}$'
                      AND coalesce(s.full_text, '') <> '');
