-- Issue 20: bm25's idf needs, on every search, how many index rows hold each word (the last word of a search: a word
-- beginning with it). Counted through the GIN index that visits every matching row: a common word in a 300,000-row
-- index took 450 ms a word. Kept here instead, by the server, in the transaction that adds or removes index rows:
--   exact_rows  the rows holding the word itself;
--   prefix_rows the rows holding at least one word that begins with it (the word itself included).
-- Every prefix of every word has its entry, so both counts are exact, as FTS5's (a row counts once per prefix however
-- many of its words begin with it). SQLite's FTS5 keeps the same counts itself: db/migration/V018 adds nothing.
CREATE TABLE search_index_words (
    word        text COLLATE "C" PRIMARY KEY,
    exact_rows  bigint NOT NULL,
    prefix_rows bigint NOT NULL
);

-- The counts a set of index rows adds (each row's word list given as its tsvector): each (row, prefix) once, marking
-- whether the prefix is a whole word of that row.
CREATE FUNCTION search_index_word_counts(word_lists tsvector[]) RETURNS TABLE (word text, exact_rows bigint,
        prefix_rows bigint) LANGUAGE sql IMMUTABLE AS $$
    SELECT per_row.word, sum(per_row.exact)::bigint, count(*)::bigint
      FROM (SELECT r.n, left(t.lexeme, k) AS word, max(CASE WHEN k = length(t.lexeme) THEN 1 ELSE 0 END) AS exact
              FROM unnest(word_lists) WITH ORDINALITY AS r(terms, n)
              CROSS JOIN LATERAL unnest(r.terms) AS t
              CROSS JOIN LATERAL generate_series(1, length(t.lexeme)) AS k
             GROUP BY r.n, left(t.lexeme, k)) AS per_row
     GROUP BY per_row.word
$$;

CREATE FUNCTION search_index_words_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_index_words AS w (word, exact_rows, prefix_rows)
    SELECT c.word, c.exact_rows, c.prefix_rows FROM search_index_word_counts(ARRAY(SELECT terms FROM added)) AS c
        ON CONFLICT (word) DO UPDATE SET exact_rows = w.exact_rows + excluded.exact_rows,
                                         prefix_rows = w.prefix_rows + excluded.prefix_rows;
    RETURN NULL;
END
$$;

CREATE FUNCTION search_index_words_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_index_words AS w SET exact_rows = w.exact_rows - c.exact_rows, prefix_rows = w.prefix_rows - c.prefix_rows
      FROM search_index_word_counts(ARRAY(SELECT terms FROM removed)) AS c
     WHERE w.word = c.word;
    DELETE FROM search_index_words WHERE prefix_rows <= 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_index_words_added AFTER INSERT ON search_index REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION search_index_words_added();
CREATE TRIGGER search_index_words_removed AFTER DELETE ON search_index REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION search_index_words_removed();

-- The index's counts are the index's own, not a change anyone made: they are kept even when a bulk load turns the
-- office's audit triggers off (session_replication_role = replica), which left search_stats at zero under a
-- synthetic store's 300,000 rows.
ALTER TABLE search_index ENABLE ALWAYS TRIGGER search_stats_added;
ALTER TABLE search_index ENABLE ALWAYS TRIGGER search_stats_removed;
ALTER TABLE search_index ENABLE ALWAYS TRIGGER search_index_words_added;
ALTER TABLE search_index ENABLE ALWAYS TRIGGER search_index_words_removed;

UPDATE search_stats SET row_count = (SELECT count(*) FROM search_index),
                        word_count = (SELECT coalesce(sum(ntokens), 0) FROM search_index);
-- What the index already holds (the function's query, over the table: no array of every row in memory).
INSERT INTO search_index_words (word, exact_rows, prefix_rows)
SELECT per_row.word, sum(per_row.exact), count(*)
  FROM (SELECT s.rowid, left(t.lexeme, k) AS word, max(CASE WHEN k = length(t.lexeme) THEN 1 ELSE 0 END) AS exact
          FROM search_index AS s
          CROSS JOIN LATERAL unnest(s.terms) AS t
          CROSS JOIN LATERAL generate_series(1, length(t.lexeme)) AS k
         GROUP BY s.rowid, left(t.lexeme, k)) AS per_row
 GROUP BY per_row.word;
