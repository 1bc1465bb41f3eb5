-- Stale English: the Vietnamese text a rendering was written for, kept when it is saved. When the record's Vietnamese
-- is edited afterwards the rendering no longer says it: packs then quote the Vietnamese as the original with a note
-- for the officer, and `english --stale` lists such renderings. NULL for renderings saved before this column: taken
-- as current (what they rendered was not kept).
ALTER TABLE english_rendering ADD COLUMN rendered TEXT;
