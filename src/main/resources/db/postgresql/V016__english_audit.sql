-- PostgreSQL: the English renderings (V011) are logged by the database like every other part of a record (V015):
-- a rendering belongs to its meeting (or to its agreement and that agreement's meeting), found through its kind.
CREATE TRIGGER pb_audit_en_meeting_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('outcome', 'summary', 'title', 'venue')) EXECUTE FUNCTION pb_audit_row('meeting:record_id');
CREATE TRIGGER pb_audit_en_meeting_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('outcome', 'summary', 'title', 'venue')) EXECUTE FUNCTION pb_audit_row('meeting:record_id');
CREATE TRIGGER pb_audit_en_meeting_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind IN ('outcome', 'summary', 'title', 'venue')) EXECUTE FUNCTION pb_audit_row('meeting:record_id');
CREATE TRIGGER pb_audit_en_request_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('request', 'note')) EXECUTE FUNCTION pb_audit_row('meeting:record_id:request:meeting_id');
CREATE TRIGGER pb_audit_en_request_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind IN ('request', 'note')) EXECUTE FUNCTION pb_audit_row('meeting:record_id:request:meeting_id');
CREATE TRIGGER pb_audit_en_request_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind IN ('request', 'note')) EXECUTE FUNCTION pb_audit_row('meeting:record_id:request:meeting_id');
CREATE TRIGGER pb_audit_en_commitment_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind = 'commitment') EXECUTE FUNCTION pb_audit_row('meeting:record_id:commitment:meeting_id');
CREATE TRIGGER pb_audit_en_commitment_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind = 'commitment') EXECUTE FUNCTION pb_audit_row('meeting:record_id:commitment:meeting_id');
CREATE TRIGGER pb_audit_en_commitment_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind = 'commitment') EXECUTE FUNCTION pb_audit_row('meeting:record_id:commitment:meeting_id');
CREATE TRIGGER pb_audit_en_agreement_ins AFTER INSERT ON english_rendering FOR EACH ROW
    WHEN (NEW.kind = 'agreement')
    EXECUTE FUNCTION pb_audit_row('agreement:record_id', 'meeting:record_id:agreement:meeting_id');
CREATE TRIGGER pb_audit_en_agreement_upd AFTER UPDATE ON english_rendering FOR EACH ROW
    WHEN (NEW.kind = 'agreement')
    EXECUTE FUNCTION pb_audit_row('agreement:record_id', 'meeting:record_id:agreement:meeting_id');
CREATE TRIGGER pb_audit_en_agreement_del AFTER DELETE ON english_rendering FOR EACH ROW
    WHEN (OLD.kind = 'agreement')
    EXECUTE FUNCTION pb_audit_row('agreement:record_id', 'meeting:record_id:agreement:meeting_id');
