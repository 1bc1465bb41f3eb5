package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.protocolbrief.brief.Packs.Pack;

/**
 * Issue 18: "a pack can say what we promised and where it stands". The demo's Phú Thọ meeting recorded the
 * province's commitment (in progress, with a dated note) and the Embassy's (open): the pack has an annex of them,
 * listed in its contents, in the PDF and in Word, each with its meeting's date and source, its due date, status and
 * latest follow-up with the note's date. A pair whose meetings recorded no commitment has no such annex.
 */
class CommitmentsAnnexTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    private static String flat(String s) {
        return s.replace('\u00A0', ' ').replace('\u2011', '-').replaceAll("[\\s\u200B]+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "en"})
    void thePhuThoPackSaysWhatEachSidePromisedAndWhereItStands(String lang) throws Exception {
        Pack p = demo.packs().pack("phu-tho", lang);
        Labels l = new Labels(lang);
        BriefModel m = p.model();
        assertThat(m.commitments()).extracting(BriefModel.CommitmentItem::ours).containsExactly(true, false);
        var ours = m.commitments().get(0);
        int annex = new BriefHtml(m, l).annexes().indexOf("commitments") + 1;
        assertThat(annex).as("the annex of commitments is shown").isPositive();
        String heading = l.format("annex", annex) + ". " + l.get("part.commitments");
        String source = "[" + ours.sources().get(0) + "]";
        // The meeting's cell: its date, then its source; the statuses (in the PDF's text a wrapped cell's lines
        // interleave with the next cell's, as "Đang thực … hiện").
        assertThat(flat(p.docxText())).contains(l.dateCell(ours.meetingDate()) + " " + source)
                .contains(l.get("status.in_progress")).contains(l.get("status.open"));
        for (String text : new String[] {flat(p.pdfText()), flat(p.docxText())}) {
            // Once in the contents, once over the annex.
            assertThat(text.split(java.util.regex.Pattern.quote(heading), -1)).as("listed and headed").hasSize(3);
            assertThat(text).contains(l.format("commitments.ours", m.meta().provinceUnitAndName()))
                    .contains(l.format("commitments.theirs", l.inSentence(m.meta().partnerName())))
                    .contains(l.get("requests.followup") + " (" + l.shortDate(ours.followUpDate()) + "):")
                    .contains(l.dateCell(ours.meetingDate()));
            if ("en".equals(lang)) {
                // The officer's English for the commitment, not the Vietnamese.
                assertThat(text).contains("Work with the ministries").contains("Stand ready to act as a bridge")
                        .doesNotContain("Phối hợp với các bộ, ngành tháo gỡ");
            } else {
                assertThat(text).contains("Phối hợp với các bộ, ngành tháo gỡ").contains("Sẵn sàng làm cầu nối");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "en"})
    void aPairWithoutCommitmentsHasNoSuchAnnex(String lang) throws Exception {
        Pack p = demo.packs().pack("gia-lai", lang);
        assertThat(p.model().commitments()).isEmpty();
        assertThat(new BriefHtml(p.model(), new Labels(lang)).annexes()).doesNotContain("commitments");
        String part = new Labels(lang).get("part.commitments");
        assertThat(flat(p.pdfText())).doesNotContain(part);
        assertThat(flat(p.docxText())).doesNotContain(part);
    }

    /**
     * The head of delegation's other meetings, a line each: the meeting's title stands alone, never after a name as if
     * it were that person's post ("ITO Naoki — Bí thư Tỉnh ủy Quản Minh Cường tiếp …"); the head of the pack's own
     * delegation is not named on each row, another head is named on a line of his own.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "en"})
    void aMeetingsTitleIsNeverPrintedAfterAName(String lang) throws Exception {
        Pack p = demo.packs().pack("phu-tho", lang);
        assertThat(p.model().delegation().leaderOtherMeetings()).isNotEmpty();
        String name = p.model().visit().leader().name();
        Labels l = new Labels(lang, p.model().english());
        for (var x : p.model().delegation().leaderOtherMeetings()) {
            String opening = l.record(x.title()).split(" ")[0];
            for (String text : new String[] {flat(p.pdfText()), flat(p.docxText())}) {
                assertThat(text).doesNotContain(name + " — " + opening);
            }
        }
    }
}
