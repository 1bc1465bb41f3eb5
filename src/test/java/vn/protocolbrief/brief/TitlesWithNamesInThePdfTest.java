package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.protocolbrief.brief.NamesOnOneLineTest.Piece;

/**
 * Issue 19 (rd18): in the PDF a title was parted from the name it stands before at a line's end ("tiếp Đại sứ" /
 * "ITO Naoki", "Ninh Binh Provincial" / "Party Secretary Dang Xuan Phong", "Phó Chủ tịch Thường trực UBND tỉnh" /
 * "Nguyễn Tuấn Thanh"); Word already held them (pk18). Read by glyph position: a line's piece whose next line in the
 * same column starts with a person's name may not end with the words of a title, told by the shape Word's holding
 * uses ({@link TitlesBeforeNames}). The PDF's text reads as before: the title's words keep their plain spaces.
 */
class TitlesWithNamesInThePdfTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noTitleEndsALineAboveTheNameItPrecedes(String province, String lang) throws IOException {
        var p = demo.packs().pack(province, lang);
        assertThat(parted(p.pdf(), people(p.model())).stream().filter(x -> !inACell(x, p.xhtml())).toList())
                .as("titles parted from their names in the PDF's running text").isEmpty();
    }

    @Test
    void theTitleKeepsItsPlainSpacesInTheXhtml() throws IOException {
        var p = demo.packs().pack("phu-tho", "vi");
        // Held by the span that does not wrap, not by no-break spaces: search and screen readers meet the words as typed.
        assertThat(p.xhtml()).containsPattern("<span class=\"nw\">Đại sứ (?i:ito)\u00A0Naoki</span>")
                .doesNotContain("<span class=\"nw\"><span class=\"nw\">");
    }

    /**
     * Whether the words where the two lines meet stand in a table's cell: there a title longer than Word's short one
     * may go whole to the line before the name (a column must hold its runs at 11 pt), as in Word.
     */
    static boolean inACell(String parted, String xhtml) {
        String[] lines = parted.substring(parted.indexOf('"') + 1, parted.length() - 1).replace('\u00A0', ' ')
                .replaceAll(" +", " ").split("\" / \"");
        String[] a = lines[0].split(" ");
        String[] b = lines[1].split(" ");
        String junction = a[a.length - 1] + " " + b[0];
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>",
                java.util.regex.Pattern.DOTALL).matcher(xhtml);
        while (cell.find()) {
            String text = cell.group(1).replaceAll("<[^>]*>", "").replace('\u00A0', ' ').replaceAll("\\s+", " ");
            if (text.contains(junction)) {
                return true;
            }
        }
        return false;
    }

    /** The people's names the pack knows, as written (two words or more). */
    static List<String> people(BriefModel m) {
        Set<String> out = new LinkedHashSet<>();
        collect(m, out);
        if (m.visit().leader() != null) {
            out.add(m.visit().leader().writtenAddress());
        }
        out.removeIf(x -> x == null || !x.strip().contains(" "));
        return new ArrayList<>(out);
    }

    private static void collect(Object o, Set<String> out) {
        if (o instanceof BriefModel.PersonItem p) {
            out.add(p.name());
            out.add(p.reading());
        } else if (o instanceof BriefModel.PostHolder h) {
            out.add(h.person());
        } else if (o instanceof Iterable<?> i) {
            i.forEach(x -> collect(x, out));
        } else if (o instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Each line's end that holds a title whose name starts the line below it. */
    static List<String> parted(Path pdf, List<String> people) throws IOException {
        TitlesBeforeNames titles = new TitlesBeforeNames(people);
        List<Piece> pieces = NamesOnOneLineTest.pieces(pdf, 0.6f);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece a = pieces.get(i);
            Piece b = NamesOnOneLineTest.below(pieces, i);
            // The next line of the same paragraph or cell, not the next row of a table or the next block.
            if (b == null || b.y() - a.y() > 1.5f * a.size()) {
                continue;
            }
            // Held as Word holds it: a no-break space where the two lines meet says a title stood before a name.
            String joined = titles.held(a.text() + " " + b.text(), TitlesBeforeNames.LONGEST);
            // A title alone on the line above its name (a table's narrow cell, the last resort) is whole, not parted.
            if (joined.charAt(a.text().length()) == Unbreakable.NBSP && joined.substring(0, a.text().length()).contains(" ")) {
                out.add("p" + a.page() + " \"" + a.text() + "\" / \"" + b.text() + "\"");
            }
        }
        return out;
    }
}
