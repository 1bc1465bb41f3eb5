-- PostgreSQL twin of db/migration/V025.
-- Partners of a new kind: the Japanese imperial family ("imperial"), a guest of a province on its own.
ALTER TABLE partner DROP CONSTRAINT partner_kind_check;
ALTER TABLE partner ADD CONSTRAINT partner_kind_check CHECK (kind IN ('embassy', 'consulate_general', 'prefecture',
    'municipality', 'agency', 'university', 'company', 'association', 'assembly', 'imperial'));
