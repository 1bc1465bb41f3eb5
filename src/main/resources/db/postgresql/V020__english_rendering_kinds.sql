-- PostgreSQL twin of V020: the wider list of kinds of English rendering (an agreement's parties and fields, a key
-- figure's label, value and unit, a gift's item, a locality link's note), logged with their records like the others.
ALTER TABLE english_rendering DROP CONSTRAINT english_rendering_kind_check;
ALTER TABLE english_rendering ADD CONSTRAINT english_rendering_kind_check CHECK (kind IN ('request', 'note',
    'agreement', 'outcome', 'summary', 'title', 'venue', 'commitment', 'parties', 'fields', 'figure', 'figure_value',
    'figure_unit', 'gift', 'link'));
CREATE TRIGGER pb_audit_en_agreement_part_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('parties', 'fields'))
    EXECUTE FUNCTION pb_audit_row('agreement:record_id', 'meeting:record_id:agreement:meeting_id');
CREATE TRIGGER pb_audit_en_agreement_part_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('parties', 'fields'))
    EXECUTE FUNCTION pb_audit_row('agreement:record_id', 'meeting:record_id:agreement:meeting_id');
CREATE TRIGGER pb_audit_en_agreement_part_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind IN ('parties', 'fields'))
    EXECUTE FUNCTION pb_audit_row('agreement:record_id', 'meeting:record_id:agreement:meeting_id');
CREATE TRIGGER pb_audit_en_gift_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind = 'gift') EXECUTE FUNCTION pb_audit_row('meeting:record_id:gift:meeting_id');
CREATE TRIGGER pb_audit_en_gift_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind = 'gift') EXECUTE FUNCTION pb_audit_row('meeting:record_id:gift:meeting_id');
CREATE TRIGGER pb_audit_en_gift_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind = 'gift') EXECUTE FUNCTION pb_audit_row('meeting:record_id:gift:meeting_id');
CREATE TRIGGER pb_audit_en_figure_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('figure', 'figure_value', 'figure_unit')) EXECUTE FUNCTION pb_audit_row('figure:record_id');
CREATE TRIGGER pb_audit_en_figure_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('figure', 'figure_value', 'figure_unit')) EXECUTE FUNCTION pb_audit_row('figure:record_id');
CREATE TRIGGER pb_audit_en_figure_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind IN ('figure', 'figure_value', 'figure_unit')) EXECUTE FUNCTION pb_audit_row('figure:record_id');
CREATE TRIGGER pb_audit_en_link_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind = 'link') EXECUTE FUNCTION pb_audit_row('link:record_id');
CREATE TRIGGER pb_audit_en_link_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind = 'link') EXECUTE FUNCTION pb_audit_row('link:record_id');
CREATE TRIGGER pb_audit_en_link_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind = 'link') EXECUTE FUNCTION pb_audit_row('link:record_id');
