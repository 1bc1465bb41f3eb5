package vn.protocolbrief.ui.travel;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.protocolbrief.store.TravelLedger;
import vn.protocolbrief.travel.ConflictLines;
import vn.protocolbrief.ui.common.Messages;

/**
 * A conflict as the travel screen says it in the window's language: the record by its kind and name ("Cuộc làm
 * việc: 25/11/2025 · …", not its id), and each difference with the row's kind, the field and the values in words
 * where the window has words for them (a request's status "Đang thực hiện", not "in_progress"); what it has no word
 * for is shown as the store names it.
 */
final class ConflictWords {
    /** Rows by the table their name starts with (longest first), and the words for each. */
    private static final Map<String, String> ROWS = new LinkedHashMap<>();
    /** Fields by their column, and the words for each. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("status", "rec.status"),
            Map.entry("text", "rec.requestText"), Map.entry("direction", "rec.direction"),
            Map.entry("due", "rec.requestDue"), Map.entry("title", "rec.title"), Map.entry("summary", "rec.summary"),
            Map.entry("outcome", "rec.outcome"), Map.entry("venue", "rec.venue"), Map.entry("date", "rec.date"),
            Map.entry("note", "rec.note"), Map.entry("item", "rec.item"), Map.entry("category_id", "rec.category"),
            Map.entry("province_as_written", "rec.asWritten"));
    /** The kinds of record a conflict is about. */
    private static final Map<String, String> KINDS = Map.of("meeting", "trash.kind.meeting", "person",
            "trash.kind.person", "agreement", "trash.kind.agreement", "aid", "trash.kind.aid", "figure",
            "trash.kind.figure", "link", "trash.kind.link", "sensitivity", "trash.kind.sensitivity", "visit",
            "trash.kind.visit");

    static {
        ROWS.put("request followup", "rec.followUp");
        ROWS.put("request category", "rec.category");
        ROWS.put("request", "tab.requests");
        ROWS.put("gift", "rec.item");
        ROWS.put("meeting", "trash.kind.meeting");
        ROWS.put("person", "trash.kind.person");
        ROWS.put("visit", "trash.kind.visit");
        ROWS.put("agreement", "trash.kind.agreement");
    }

    private final Messages m;

    ConflictWords(Messages messages) {
        this.m = messages;
    }

    /** The conflict's record: its kind and name, then who changed it at the office and when. */
    String conflict(TravelLedger.Conflict c) {
        String kind = KINDS.containsKey(c.kind()) ? m.get(KINDS.get(c.kind())) : c.kind();
        String name = c.label() == null || c.label().isBlank() ? c.refId() : c.label();
        return m.format("travel.conflict", kind + ": " + name, c.officeChangedBy(),
                c.officeChangedAt() == null ? "" : c.officeChangedAt().replace('T', ' '));
    }

    /** One difference in words. */
    ConflictLines.Difference difference(ConflictLines.Difference d) {
        String row = d.row();
        for (var e : ROWS.entrySet()) {
            if (row.startsWith(e.getKey() + " ")) {
                row = m.get(e.getValue()) + " " + row.substring(e.getKey().length() + 1);
                break;
            }
        }
        String field = FIELDS.containsKey(d.field()) ? m.get(FIELDS.get(d.field())) : d.field();
        return new ConflictLines.Difference(row, field, value(d.field(), d.mine()), value(d.field(), d.office()));
    }

    /** A status in words ("“in_progress”" → "Đang thực hiện"), a missing row or value as the window says it. */
    private String value(String field, String shown) {
        String bare = shown.replaceAll("^\u201c|\u201d$", "");
        if (field.equals("status") && java.util.Set.of("open", "in_progress", "done", "declined").contains(bare)) {
            return m.get("status." + bare);
        }
        return switch (shown) {
            case "(none)" -> m.get("travel.absent");
            case "(present)" -> m.get("travel.present");
            case "(empty)" -> m.get("travel.empty");
            default -> shown;
        };
    }
}
