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

-- Index rows added (+1) or removed (-1) by this transaction, whose words are counted once, at commit. Counting at each
-- statement updated the same common words' entries once per statement: a transaction re-indexing many records one by
-- one (a sync, an undo) made each entry a chain of thousands of row versions, every update slower than the last.
CREATE TABLE search_index_words_pending (
    terms tsvector NOT NULL,
    sign  smallint NOT NULL
);
-- One row per writing transaction, whose deferred trigger counts the pending rows at commit.
CREATE TABLE search_index_words_fold (
    txid bigint PRIMARY KEY
);

-- The counts a set of index rows changes (each row's word list given as its tsvector, with +1 when added or -1 when
-- removed): each (row, prefix) once, marking whether the prefix is a whole word of that row.
CREATE FUNCTION search_index_word_counts(word_lists tsvector[], signs integer[]) RETURNS TABLE (word text,
        exact_rows bigint, prefix_rows bigint) LANGUAGE sql IMMUTABLE AS $$
    SELECT per_row.word, sum(per_row.exact * per_row.sign)::bigint, sum(per_row.sign)::bigint
      FROM (SELECT r.n, r.sign, left(t.lexeme, k) AS word,
                   max(CASE WHEN k = length(t.lexeme) THEN 1 ELSE 0 END) AS exact
              FROM unnest(word_lists, signs) WITH ORDINALITY AS r(terms, sign, n)
              CROSS JOIN LATERAL unnest(r.terms) AS t
              CROSS JOIN LATERAL generate_series(1, length(t.lexeme)) AS k
             GROUP BY r.n, r.sign, left(t.lexeme, k)) AS per_row
     GROUP BY per_row.word
$$;

CREATE FUNCTION search_index_words_note() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO search_index_words_pending (terms, sign) SELECT terms, 1 FROM added;
    ELSE
        INSERT INTO search_index_words_pending (terms, sign) SELECT terms, -1 FROM removed;
    END IF;
    INSERT INTO search_index_words_fold (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- At commit: every pending row counted at once. Words already counted are raised or lowered by a plain update and only
-- new ones inserted (an INSERT … ON CONFLICT DO UPDATE of every word took ten times as long); words no row holds any
-- more are dropped, only among those this transaction touched.
CREATE FUNCTION search_index_words_fold() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    lists   tsvector[];
    signs   integer[];
    changed text[];
    gone    text[];
BEGIN
    DELETE FROM search_index_words_fold WHERE txid = NEW.txid;
    WITH taken AS (DELETE FROM search_index_words_pending RETURNING terms, sign)
    SELECT array_agg(terms), array_agg(sign) INTO lists, signs FROM taken;
    IF lists IS NULL THEN
        RETURN NULL;
    END IF;
    WITH counts AS (SELECT * FROM search_index_word_counts(lists, signs)),
         updated AS (UPDATE search_index_words AS w SET exact_rows = w.exact_rows + c.exact_rows,
                                                        prefix_rows = w.prefix_rows + c.prefix_rows
                       FROM counts AS c WHERE w.word = c.word AND (c.exact_rows <> 0 OR c.prefix_rows <> 0)
                     RETURNING w.word, w.prefix_rows)
    SELECT coalesce(array_agg(word), '{}'), array_agg(word) FILTER (WHERE prefix_rows <= 0) INTO changed, gone
      FROM updated;
    INSERT INTO search_index_words (word, exact_rows, prefix_rows)
    SELECT c.word, c.exact_rows, c.prefix_rows FROM search_index_word_counts(lists, signs) AS c
     WHERE c.prefix_rows > 0 AND c.word <> ALL (changed)
        ON CONFLICT (word) DO UPDATE SET exact_rows = search_index_words.exact_rows + excluded.exact_rows,
                                         prefix_rows = search_index_words.prefix_rows + excluded.prefix_rows;
    IF gone IS NOT NULL THEN
        DELETE FROM search_index_words WHERE word = ANY (gone);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_index_words_added AFTER INSERT ON search_index REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION search_index_words_note();
CREATE TRIGGER search_index_words_removed AFTER DELETE ON search_index REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION search_index_words_note();
CREATE CONSTRAINT TRIGGER search_index_words_fold AFTER INSERT ON search_index_words_fold
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION search_index_words_fold();

-- The index's counts are the index's own, not a change anyone made: they are kept even when a bulk load turns the
-- office's audit triggers off (session_replication_role = replica), which left search_stats at zero under a
-- synthetic store's 300,000 rows.
ALTER TABLE search_index ENABLE ALWAYS TRIGGER search_stats_added;
ALTER TABLE search_index ENABLE ALWAYS TRIGGER search_stats_removed;
ALTER TABLE search_index ENABLE ALWAYS TRIGGER search_index_words_added;
ALTER TABLE search_index ENABLE ALWAYS TRIGGER search_index_words_removed;
ALTER TABLE search_index_words_fold ENABLE ALWAYS TRIGGER search_index_words_fold;

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
