package vn.protocolbrief.travel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.protocolbrief.store.TravelLedger;

/** Where the two versions of a conflicting record differ: row by row, field by field. */
public final class ConflictLines {
    private ConflictLines() {
    }

    /** One difference: the row (table and key), the field (empty when the row is in one version only), both values. */
    public record Difference(String row, String field, String mine, String office) {
        public String line() {
            return row + (field.isEmpty() ? "" : " " + field) + ": mine " + mine + " | office " + office;
        }
    }

    public static List<Difference> differences(TravelLedger.Conflict c) {
        List<Difference> out = new ArrayList<>();
        Set<String> rows = new LinkedHashSet<>(c.mine().keySet());
        rows.addAll(c.office().keySet());
        for (String row : rows) {
            Map<String, Object> mine = c.mine().get(row);
            Map<String, Object> office = c.office().get(row);
            String name = readable(row);
            if (mine == null || office == null) {
                out.add(new Difference(name, "", mine == null ? "(none)" : "(present)",
                        office == null ? "(none)" : "(present)"));
                continue;
            }
            Set<String> fields = new LinkedHashSet<>(mine.keySet());
            fields.addAll(office.keySet());
            for (String f : fields) {
                if (!Objects.equals(String.valueOf(mine.get(f)), String.valueOf(office.get(f)))) {
                    out.add(new Difference(name, f, show(mine.get(f)), show(office.get(f))));
                }
            }
        }
        return out;
    }

    public static List<String> of(TravelLedger.Conflict c) {
        return differences(c).stream().map(Difference::line).toList();
    }

    /** "request_followup r-1/2" for the row the store names "request_followup [\"r-1\",2]". */
    static String readable(String row) {
        int space = row.indexOf(' ');
        if (space < 0) {
            return row;
        }
        String key = row.substring(space + 1).replaceAll("^\\[|\\]$", "").replace("\"", "").replace(',', '/');
        return row.substring(0, space).replace('_', ' ') + " " + key;
    }

    private static String show(Object v) {
        if (v == null) {
            return "(empty)";
        }
        String s = v.toString();
        return "\u201c" + (s.length() > 120 ? s.substring(0, 120) + "…" : s) + "\u201d";
    }
}
