package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.domain.Text;

/**
 * An ask cut into its items and each item tidied: one request per thing asked. Apart from {@link RequestFinder}, which
 * reads what an item asks and of whom.
 */
final class RequestItems {
    private RequestItems() {
    }

    /**
     * One request per ask: parts separated by semicolons, each a clause of its own; a short part ("công nghiệp
     * hỗ trợ") continues the list of the one before it.
     */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("\\s*;\\s*")) {
            String p = part.strip().replaceAll("[.…,\\s]+$", "").strip()
                    .replaceFirst("(?iuU)^(và|đồng thời|trong đó|bên cạnh đó|ngoài ra),?\\s+", "");
            if (p.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && (p.split("\\s+").length < 5 || continuesList(out.get(out.size() - 1), p))) {
                String prev = out.remove(out.size() - 1);
                out.add(prev.substring(0, prev.length() - 1) + "; " + p + ".");
                continue;
            }
            if (p.split("\\s+").length >= 4) {
                out.add(clean(p));
            }
        }
        return out;
    }

    /** "… trong các lĩnh vực A; B; các ngành C": a part without a verb of its own continues a list of fields. */
    private static boolean continuesList(String previous, String part) {
        String prev = Text.key(previous);
        String k = Text.key(part);
        return (prev.contains("linh vuc") || prev.contains("nganh") || prev.contains("noi dung"))
                && (k.startsWith("cac nganh") || k.startsWith("cong nghiep") || k.startsWith("linh vuc")
                || k.startsWith("cac linh vuc") || k.startsWith("nganh"));
    }

    static String clean(String p) {
        // A bullet or a number opening a listed item is layout, not words of the ask.
        String t = p.strip().replaceFirst("^(?:[-•+–]\\s*|\\d{1,2}[.)]\\s+)", "").replaceAll("[.…,;:\\s]+$", "");
        // An excerpt cut mid-word ("chương trình g"): the stub is not a word of the ask.
        t = t.replaceAll("\\s[bcdfghjklmnpqrstvwxzđ]$", "").strip();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1) + ".";
    }
}
