package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bracket never stands alone at a line's end ("Governor of Hokkaido Prefecture (" / "as of 11/2023)"): the PDF
 * renderer breaks where one inline box ends and the next begins, so a bracket stays in the box of what it holds.
 */
class BracketsHeldTest {
    private static final String NB = "\u00A0";

    /** The text between the brackets, with no markup between a bracket and what it holds. */
    private static void held(String xhtml, String inside) {
        String out = Html.keepTogether("<html><head></head><body><p>" + xhtml + "</p></body></html>");
        assertThat(out).as(out).contains("(" + inside).contains(inside.substring(inside.length() - 4) + ")");
    }

    @Test
    void aPostDatedAsOfKeepsItsBracketsAndWordsInOneBox() {
        held("Thống đốc tỉnh X (as" + NB + "of" + NB + "11/2023)", "as" + NB + "of" + NB + "11/2023");
        held("Thống đốc tỉnh X (tính" + NB + "đến" + NB + "11/2023)", "tính" + NB + "đến" + NB + "11/2023");
    }

    @Test
    void aFiguresDateInItsOwnSpansTakesTheBracketsIn() {
        held("thứ 2 <span class=\"muted\"><span class=\"nw\">(<span class=\"nw\">tháng" + NB + "11/2023</span>)</span>"
                + "</span>", "tháng" + NB + "11/2023");
    }
}
