-- PostgreSQL twin of db/migration/V028__participant_our_roles.sql: our side's head of delegation ('leader' on side
-- 'vn'), members, host and participants; old 'attendee' rows stay ("present on our side, role not recorded").
ALTER TABLE participant DROP CONSTRAINT participant_role_check;
ALTER TABLE participant ADD CONSTRAINT participant_role_check
    CHECK (role IN ('leader', 'member', 'host', 'attendee', 'participant'));
