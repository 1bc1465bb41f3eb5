package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tables inside the text block: every column holds its widest run that may not break, and together they fit. */
class TableFitTest {
    private static final Pattern COL = Pattern.compile("<col style=\"width:([\\d.]+)%\"/>");
    private static final Pattern CELL = Pattern.compile("<(t[hd])[^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    /**
     * Four columns whose unbreakable runs (a name, a reading twice, a dated post) leave about a point to spare: in
     * whole per cents, each rounded up, they came to 101 % and one column was left too narrow, so the renderer
     * widened it and the table ran past the right margin with its right border cut off.
     */
    @Test
    void columnsThatJustFitAreEachGivenTheirWidestRun() {
        String reading = "<span class=\"nw\">Ha-y-a-ca-oa Na-ô-hi-đê</span>";
        String table = "<table class=\"people\"><col style=\"width:28%\"/><col style=\"width:22%\"/><col style=\"width:28%\"/>"
                + "<col style=\"width:22%\"/><thead><tr><th>Họ tên</th><th>Đọc là</th><th>Xưng hô</th><th>Chức vụ</th></tr>"
                + "</thead><tbody><tr><td><b><span class=\"nw\">HAYAKAWA Naohide</span></b></td><td>" + reading
                + "</td><td>Ngài Thị trưởng " + reading + "</td><td>Thị trưởng thành phố Ashikaga <span class=\"nw\">"
                + "(tính đến 10/2025)</span> <span class=\"cite\">[1]</span></td></tr></tbody></table>";
        String fitted = TableFit.fit(table);
        List<Double> widths = new ArrayList<>();
        Matcher c = COL.matcher(fitted);
        while (c.find()) {
            widths.add(Double.parseDouble(c.group(1)));
        }
        assertThat(widths).hasSize(4);
        assertThat(widths.stream().mapToDouble(Double::doubleValue).sum()).isLessThanOrEqualTo(100.0001);
        double size = fitted.contains("size-") ? Integer.parseInt(fitted.replaceAll("(?s).*size-(\\d+).*", "$1")) / 10.0 : 11;
        double[] least = new double[4];
        Matcher cell = CELL.matcher(fitted.substring(fitted.indexOf("<tbody>")));
        for (int i = 0; cell.find(); i++) {
            for (TableFit.Run run : TableFit.runs(cell.group(2), false)) {
                least[i] = Math.max(least[i], run.width(size) + 2 * 1.6 / 25.4 * 72 + 1.2);
            }
        }
        for (int i = 0; i < 4; i++) {
            assertThat(widths.get(i) * TableFit.TEXT_WIDTH / 100).as("column " + (i + 1) + " holds its widest run")
                    .isGreaterThanOrEqualTo(least[i]);
        }
    }
}
