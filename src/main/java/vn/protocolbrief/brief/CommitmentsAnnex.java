package vn.protocolbrief.brief;

import java.util.List;
import vn.protocolbrief.brief.BriefModel.CommitmentItem;

/**
 * The annex of commitments, in the PDF and in Word from the same rows of the model: what our side promised at the
 * pair's meetings and where it stands, then what their side promised us. A row: the meeting (its date and the
 * source number), the commitment with its latest follow-up and that note's date, the day it is due, its status.
 */
final class CommitmentsAnnex {
    private static final List<String> WIDTHS = List.of("15%", "55%", "14%", "16%");

    private final BriefModel m;
    private final Labels l;

    CommitmentsAnnex(BriefModel model, Labels labels) {
        this.m = model;
        this.l = labels;
    }

    /** Whether the annex has nothing to show: it is then left out, and not listed. */
    static boolean empty(BriefModel m) {
        return m.commitments().isEmpty();
    }

    /** The sides that promised something, ours first: the heading of each group of rows. */
    private List<Boolean> sides() {
        return List.of(true, false).stream().filter(ours -> m.commitments().stream().anyMatch(k -> k.ours() == ours))
                .toList();
    }

    private String heading(boolean ours) {
        return ours ? l.format("commitments.ours", m.meta().provinceUnitAndName())
                : l.format("commitments.theirs", l.inSentence(m.meta().partnerName()));
    }

    private List<CommitmentItem> of(boolean ours) {
        return m.commitments().stream().filter(k -> k.ours() == ours).toList();
    }

    private List<String> headers() {
        return List.of(l.get("col.meeting"), l.get("col.commitment"), l.get("col.due"), l.get("col.status"));
    }

    private String status(CommitmentItem k) {
        return l.get("status." + k.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** "Theo dõi (25/11/2025):" — the label of the latest note, with the note's date when it has one. */
    private String followUpLabel(CommitmentItem k) {
        return l.get("requests.followup") + l.inBrackets(k.followUpDate()) + ":";
    }

    void html(Html h, Words w) {
        for (boolean ours : sides()) {
            h.open("div", "class=\"keep\"").el("h2", null, heading(ours)).close("div");
            h.table("commitments", headers(), WIDTHS, of(ours).stream().map(k -> List.of(
                    Words.nowrap(l.dateCell(k.meetingDate())) + Html.cite(k.sources()),
                    w.rec(k.text()) + (k.latestFollowUp() == null ? "" : "<br/><i>" + Html.escape(followUpLabel(k))
                            + "</i>" + w.recAfter("\u00A0", k.latestFollowUp())),
                    Words.nowrap(l.dateCell(k.due())),
                    Html.escape(status(k)))).toList());
        }
    }

    void docx(Docx d, DocxText t) {
        for (boolean ours : sides()) {
            d.heading(2, heading(ours));
            d.table(headers(), new int[] {15, 55, 14, 16}, of(ours).stream().map(k -> List.of(
                    l.dateCell(k.meetingDate()) + t.cite(k.sources()),
                    t.rec(k.text()) + (k.latestFollowUp() == null ? "" : "\n" + followUpLabel(k)
                            + t.recAfter("\u00A0", k.latestFollowUp())),
                    l.dateCell(k.due()),
                    status(k))).toList());
        }
    }
}
