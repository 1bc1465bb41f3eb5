-- PostgreSQL twin of V022: the Vietnamese text a rendering was written for (stale English when the record's
-- Vietnamese is edited afterwards); NULL for renderings saved before, taken as current.
ALTER TABLE english_rendering ADD COLUMN rendered TEXT;
