-- Partners of a new kind: the Japanese imperial family ("imperial"), a guest of a province on its own.
-- SQLite cannot alter a CHECK constraint; the table's stored definition is rewritten in place, as in V004 (no row
-- changes: the new constraint accepts every value the old one did). Connections opened after this one read it; the
-- reference partner of the new kind is written by the reference sync that follows (ReferenceSeeder).
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '''association'', ''assembly'')',
                          '''association'', ''assembly'', ''imperial'')')
 WHERE type = 'table' AND name = 'partner';
PRAGMA writable_schema = OFF;
