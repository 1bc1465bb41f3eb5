package vn.protocolbrief.ui.travel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
        ROWS.put("request", "travel.row.request");
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

    /** Columns that name a row better than its id ("Đề nghị: Tiếp tục hỗ trợ…", not "request r-phu-tho-1"). */
    private static final java.util.List<String> NAMING = java.util.List.of("text", "item", "title", "note");

    /** One difference of conflict {@code c} in words. */
    ConflictLines.Difference difference(TravelLedger.Conflict c, ConflictLines.Difference d) {
        String row = d.row();
        for (var e : ROWS.entrySet()) {
            if (row.startsWith(e.getKey() + " ")) {
                String id = row.substring(e.getKey().length() + 1);
                row = m.get(e.getValue()) + ": " + name(c, e.getKey(), id).orElse(id);
                break;
            }
        }
        String field = FIELDS.containsKey(d.field()) ? m.get(FIELDS.get(d.field())) : d.field();
        return new ConflictLines.Difference(row, field, value(d.field(), d.mine()), value(d.field(), d.office()));
    }

    /** The row's text (a request's, a gift's item…) as either side holds it, shortened; empty when it has none. */
    private static Optional<String> name(TravelLedger.Conflict c, String table, String id) {
        String prefix = table.replace(' ', '_') + " ";
        for (var side : java.util.List.of(c.mine(), c.office())) {
            for (var row : side.entrySet()) {
                if (row.getKey().startsWith(prefix) && row.getKey().contains("\"" + id + "\"")) {
                    for (String column : NAMING) {
                        Object v = row.getValue().get(column);
                        if (v != null && !v.toString().isBlank()) {
                            String text = v.toString();
                            return Optional.of(text.length() > 60 ? text.substring(0, 60) + "…" : text);
                        }
                    }
                }
            }
        }
        return Optional.empty();
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
