package vn.protocolbrief.ui.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.RecordForm.Choice;

/** How stored values are shown in the window's language, in tables, details and form choices alike. */
final class RecordText {
    /** Where an agreement stands; the store keeps an id ("signed"), older records may hold free text. */
    static final List<String> AGREEMENT_STATUSES = List.of("proposed", "agreed", "signed", "in_effect", "expired");
    static final List<String> SENSITIVITY_KINDS = List.of("disaster", "condolence", "anniversary", "other");

    private final Messages m;

    RecordText(Messages messages) {
        this.m = messages;
    }

    Messages messages() {
        return m;
    }

    String get(String key) {
        return m.get(key);
    }

    String date(PartialDate d) {
        return d.known() ? vn.protocolbrief.ui.common.DateField.format(d, m.lang()) : m.get("date.unknown");
    }

    String agreementStatus(String value) {
        return value != null && AGREEMENT_STATUSES.contains(value) ? m.get("agreement.status." + value) : nz(value);
    }

    String aidStatus(AidStatus s) {
        return m.get("aid." + s.name().toLowerCase(Locale.ROOT));
    }

    String requestStatus(RequestStatus s) {
        return m.get("status." + s.name().toLowerCase(Locale.ROOT));
    }

    String nationality(Nationality n) {
        return m.get("nationality." + n.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The kinds of tie between localities the application itself writes (the demo store, the importer), by their
     * Vietnamese wording; any other kind an officer typed is shown as typed.
     */
    private static final java.util.Map<String, String> LINK_KINDS = java.util.Map.of(
            "hợp tác địa phương", "linkkind.local_cooperation",
            "quan hệ hữu nghị hợp tác", "linkkind.friendship_cooperation",
            "thỏa thuận hợp tác kinh tế - xã hội", "linkkind.socioeconomic_agreement",
            "kết nghĩa hữu nghị", "linkkind.friendship_twinning",
            "được nêu trong bài báo", "linkkind.named_in_article");

    /** A locality link's kind in the window's language when it is one of the known kinds. */
    String linkKind(String kind) {
        String key = kind == null ? null : LINK_KINDS.get(kind.strip().toLowerCase(Locale.ROOT));
        return key == null ? nz(kind) : m.get(key);
    }

    String sensitivity(String kind) {
        return m.get("sensitivity." + kind);
    }

    List<Choice> agreementStatuses(String current) {
        List<Choice> out = new ArrayList<>(AGREEMENT_STATUSES.stream().map(x -> new Choice(x, agreementStatus(x))).toList());
        if (current != null && !AGREEMENT_STATUSES.contains(current)) {
            out.add(new Choice(current, current));
        }
        return out;
    }

    List<Choice> aidStatuses() {
        return Arrays.stream(AidStatus.values()).map(x -> new Choice(x.name(), aidStatus(x))).toList();
    }

    List<Choice> requestStatuses() {
        return Arrays.stream(RequestStatus.values()).map(x -> new Choice(x.name(), requestStatus(x))).toList();
    }

    List<Choice> nationalities() {
        return Arrays.stream(Nationality.values()).map(n -> new Choice(n.name(), nationality(n))).toList();
    }

    List<Choice> sensitivityKinds() {
        return SENSITIVITY_KINDS.stream().map(k -> new Choice(k, sensitivity(k))).toList();
    }

    static List<Choice> directions() {
        return Arrays.stream(Direction.values()).map(d -> new Choice(d.name(), d.arrow())).toList();
    }

    /** The pair's meetings, newest first, as "25/11/2025 · title". */
    List<Choice> meetings(PairRecords s) {
        return s.meetings().stream().map(x -> new Choice(x.id(), date(x.date()) + " · " + shorten(nz(x.title()), 70)))
                .toList();
    }

    /** The pair's meetings with "not tied to a meeting" first. */
    List<Choice> meetingsOrNone(PairRecords s) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", m.get("rec.noneMeeting")));
        out.addAll(meetings(s));
        return out;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
