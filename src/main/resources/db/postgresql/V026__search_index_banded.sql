-- Issue 20: a search of several common words ("dao tao nhan luc": each word in a sixth of the rows or more, all of them
-- together in a few hundred) looked them up in the GIN index of search_index.terms, whose lists run over the whole
-- index (300,000 rows for a window of the newest 50,000), and ANDed the result with a 50,000-row bitmap of the window
-- read from the primary key. Here each row's words are indexed a second time, each tagged with the row's band of
-- 8,192 rowids ('36/dao' for a word of rows 294,912–303,103): a search asks for the window's bands only
-- (('30/dao' & '30/tao' & '30/nhan') | … | ('36/dao' & …)), so the index reads a sixth as much and no bitmap of the
-- window is made. PostgresSearch writes the bands (BAND_BITS there is the 13 here). The function is the index's
-- expression: nothing is stored in the rows, and every insert path (one row, a batch, a sync) fills it.
CREATE FUNCTION search_index_banded_terms(rowid bigint, terms tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT array_to_tsvector(ARRAY(SELECT (rowid >> 13)::text || '/' || word FROM unnest(tsvector_to_array(terms))
                                   AS word))
$$;
CREATE INDEX search_index_banded ON search_index USING gin (search_index_banded_terms(rowid, terms));
-- The index's expression gets its statistics now rather than at the next autovacuum: without them the planner took a
-- search's banded lookup for a common one.
ANALYZE search_index;
