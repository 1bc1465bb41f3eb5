-- PostgreSQL twin of V024: a confirmation that a post still holds names its person and is logged by the database with
-- the person's record (V015), so that undo, `changes`, exports and travel copies carry it as they carry the post.
DELETE FROM post_confirmation c WHERE NOT EXISTS (SELECT 1 FROM position p WHERE p.id = c.position_id);
ALTER TABLE post_confirmation ADD COLUMN person_id TEXT REFERENCES person (id) ON DELETE CASCADE;
UPDATE post_confirmation c SET person_id = p.person_id FROM position p WHERE p.id = c.position_id;
ALTER TABLE post_confirmation ALTER COLUMN person_id SET NOT NULL;
CREATE INDEX post_confirmation_person ON post_confirmation (person_id);
CREATE TRIGGER pb_audit AFTER INSERT OR UPDATE OR DELETE ON post_confirmation FOR EACH ROW
    EXECUTE FUNCTION pb_audit_row('person:person_id');
