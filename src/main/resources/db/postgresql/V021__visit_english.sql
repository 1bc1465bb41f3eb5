-- PostgreSQL twin of V021: the officer's own English for a planned visit's venue, purpose, issuing office and
-- programme items, logged with their visit like the visit's other parts.
ALTER TABLE english_rendering DROP CONSTRAINT english_rendering_kind_check;
ALTER TABLE english_rendering ADD CONSTRAINT english_rendering_kind_check CHECK (kind IN ('request', 'note',
    'agreement', 'outcome', 'summary', 'title', 'venue', 'commitment', 'parties', 'fields', 'figure', 'figure_value',
    'figure_unit', 'gift', 'link', 'visit_venue', 'visit_purpose', 'visit_office', 'visit_programme'));
CREATE TRIGGER pb_audit_en_visit_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('visit_venue', 'visit_purpose', 'visit_office', 'visit_programme'))
    EXECUTE FUNCTION pb_audit_row('visit:record_id');
CREATE TRIGGER pb_audit_en_visit_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('visit_venue', 'visit_purpose', 'visit_office', 'visit_programme'))
    EXECUTE FUNCTION pb_audit_row('visit:record_id');
CREATE TRIGGER pb_audit_en_visit_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind IN ('visit_venue', 'visit_purpose', 'visit_office', 'visit_programme'))
    EXECUTE FUNCTION pb_audit_row('visit:record_id');
