package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitService;

/**
 * Issue 19: in an English pack, record text that exists only in Vietnamese is shown once, marked "[VI]", at the start
 * of a line or a table cell, never inside an English line ("Visit plan on record by [VI] Sở Ngoại vụ…", "date — [VI]
 * …"), and keeps its Vietnamese letters exactly.
 */
class OriginalsOnTheirOwnLineTest {
    private static final String MARK = "[VI]";
    /** What may stand right before a mark: the start of a line, a cell, an item or a block. */
    private static final Pattern LINE_START = Pattern.compile("(<br/>|<(p|li|td|th|div|h[1-6])( [^>]*)?>)$");
    private static final Pattern INLINE_OPENING = Pattern.compile("(<(b|i|span)( [^>]*)?>)$");
    private static final String PROGRAMME = "Thăm cơ sở đào tạo nhân lực của tỉnh";

    @TempDir
    Path dir;

    @Test
    void everyOriginalStartsALineAndKeepsItsLetters() throws Exception {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            BriefService service = Packs.service(store);
            VisitService visits = new VisitService(store);
            List<String> inside = new ArrayList<>();
            for (String[] pair : List.of(new String[] {"phu-tho", "embassy-of-japan", "ito-naoki", "tran-duy-dong"},
                    new String[] {"gia-lai", "ashikaga", "hayakawa-naohide", "nguyen-tuan-thanh"},
                    new String[] {"quang-ninh", "pref-hokkaido", "suzuki-naomichi", "nguyen-xuan-ky"})) {
                String id = "v-" + pair[0];
                visits.save(new Visit(id, pair[0], pair[1], PartialDate.of("2026-12-03"), "09:30",
                        "Nhà khách tỉnh ủy", "Chào xã giao", new Visit.Attendee(pair[2], null, null), List.of(),
                        List.of(new Visit.Attendee(pair[3], null, null)), null,
                        List.of(new Visit.ProgrammeItem("10:00", PROGRAMME)), "Sở Ngoại vụ tỉnh", null, null,
                        List.of()));
                BriefModel model = service.assemble(BriefRequest.forVisit(id, "en", null, null));
                String xhtml = service.xhtml(model);
                inside.addAll(marksInsideLines(xhtml, new Labels("en").get("original.legend")));
                // The original keeps every letter: ư, ơ, đ and the tone marks.
                assertThat(xhtml).contains("<span lang=\"vi\">" + PROGRAMME + "</span>");
                // Kinds of link the window offers from a list have English words: never quoted as an original.
                assertThat(xhtml).doesNotContain(">hợp tác địa phương<", ">quan hệ hữu nghị hợp tác<",
                        ">được nêu trong bài báo<");
                if (pair[0].equals("phu-tho")) {
                    assertThat(xhtml).contains(">local cooperation<");
                }
                String docx = LetterFiles.text(service.generate(BriefRequest.forVisit(id, "en", null, null),
                        dir.resolve(id + ".docx"), BriefService.Format.DOCX).file());
                assertThat(docx).contains(MARK + " " + PROGRAMME);
            }
            assertThat(inside).as("[VI] marks inside a line of the English pack").isEmpty();
        }
    }

    /** The words before each mark that does not start a line, a cell or an item. */
    static List<String> marksInsideLines(String xhtml, String legend) {
        String body = xhtml.substring(xhtml.indexOf("<body>")).replace(legend, "");
        List<String> out = new ArrayList<>();
        for (int at = body.indexOf(MARK); at >= 0; at = body.indexOf(MARK, at + MARK.length())) {
            String before = body.substring(0, at).stripTrailing();
            for (String was = ""; !was.equals(before); ) {
                was = before;
                before = INLINE_OPENING.matcher(before).replaceFirst("").stripTrailing();
            }
            if (!LINE_START.matcher(before).find()) {
                out.add(before.substring(Math.max(0, before.length() - 60)).replaceAll("<[^>]+>", "") + " " + MARK);
            }
        }
        return out;
    }
}
