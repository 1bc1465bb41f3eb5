package vn.protocolbrief.ui.records;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Text;

/** One post as the person form writes it: "title | organisation | from | to", the last three optional. */
record PostLine(String title, String organisation, PartialDate from, PartialDate to) {

    /** The lines of the text; blank lines are skipped. Call only when {@link #error} found nothing. */
    static List<PostLine> parse(String text) {
        List<PostLine> out = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\n")) {
            if (!line.isBlank()) {
                String[] c = cells(line);
                out.add(new PostLine(c[0].strip(), Text.clean(c[1]), PartialDate.of(Text.clean(c[2])),
                        PartialDate.of(Text.clean(c[3]))));
            }
        }
        return out;
    }

    /** What is wrong with the text, as a message key, or null. */
    static String error(String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = cells(line);
            if (c[0].isBlank()) {
                return "form.error.postTitle";
            }
            try {
                PartialDate.of(Text.clean(c[2]));
                PartialDate.of(Text.clean(c[3]));
            } catch (IllegalArgumentException e) {
                return "form.error.date";
            }
        }
        return null;
    }

    static String format(List<Position> positions) {
        StringBuilder b = new StringBuilder();
        for (Position pos : positions) {
            b.append(pos.title()).append(" | ").append(pos.organisation() == null ? "" : pos.organisation())
                    .append(" | ").append(pos.from().known() ? pos.from().iso() : "")
                    .append(" | ").append(pos.to().known() ? pos.to().iso() : "").append('\n');
        }
        return b.toString().strip();
    }

    /** Always four cells, however many bars the line has. */
    private static String[] cells(String line) {
        return (line + " | | | ").split("\\|", -1);
    }
}
