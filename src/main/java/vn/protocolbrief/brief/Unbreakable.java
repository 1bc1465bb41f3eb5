package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;

/**
 * Names of the people a pack names ("HAYAKAWA Naohide", "Ha-y-a-ca-oa Na-ô-hi-đê", "Nguyễn Tuấn Thanh") and dates
 * ("3 December 2026", "tháng 11/2023") are never broken across lines: their spaces become non-breaking spaces, in
 * the XHTML and in the Word document alike.
 */
final class Unbreakable {
    static final char NBSP = '\u00A0';
    private static final Pattern DATE = Pattern.compile("\\b(?:\\d{1,2} )?(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December) \\d{4}\\b|\\b(?:tháng|năm|ngày) \\d{1,2}(?:/\\d{1,2})?(?:/\\d{4})?\\b"
            + "|\\b(?:as of|tính đến) \\d{1,2}/\\d{4}\\b");
    /**
     * An administrative unit's abbreviation with the word after it ("TP. Hồ", "TX. Sơn", "Q. 1"): "TP." alone at a
     * line's end reads as a broken name.
     */
    private static final Pattern ABBREVIATED_UNIT = Pattern.compile("\\b(?:TP|Tp|TX|TT|Q|P)\\. [\\p{Lu}\\d][\\p{L}\\p{M}\\d]*");
    private final Pattern names;
    /** The two countries' names, each a name a line may not split ("Nhật / Bản"). */
    private static final List<String> COUNTRIES = List.of("Nhật Bản", "Việt Nam", "Viet Nam");

    Unbreakable(BriefModel m) {
        Set<String> found = new LinkedHashSet<>();
        Consumer<PersonItem> add = p -> {
            if (p != null) {
                // The name and its reading; a form of address may break between its title and the name.
                for (String s : new String[] {p.name(), p.reading()}) {
                    if (s != null && s.strip().contains(" ")) {
                        found.add(s.strip());
                    }
                }
            }
        };
        if (m.visit() != null) {
            add.accept(m.visit().leader());
            m.visit().members().forEach(add);
            m.visit().hosts().forEach(add);
        }
        if (m.meta() != null && m.meta().provinceName() != null) {
            // The province's own name too: "to Quang / Ninh" at a line's end reads as two places.
            found.add(m.meta().provinceName().strip());
        }
        // The partners' names too, and the two countries': "Đại sứ quán Nhật / Bản tại Việt Nam" broken in a Word table
        // reads as a fault in a name, as a person's name does.
        if (m.meta() != null && m.meta().partnerName() != null) {
            found.add(m.meta().partnerName().strip());
        }
        if (m.otherPartners() != null) {
            m.otherPartners().forEach(o -> {
                if (o.partnerName() != null) {
                    found.add(o.partnerName().strip());
                }
            });
        }
        if (m.province() != null) {
            m.province().links().forEach(x -> {
                if (x.partnerName() != null) {
                    found.add(x.partnerName().strip());
                }
            });
        }
        found.addAll(COUNTRIES);
        if (m.delegation() != null) {
            m.delegation().people().forEach(add);
            m.delegation().currentHeads().forEach(add);
            m.delegation().leaderPosts().forEach(p -> found.add(p.person()));
        }
        if (m.history() != null) {
            for (MeetingItem x : m.history()) {
                add.accept(x.leader());
                x.delegation().forEach(add);
                x.hosts().forEach(add);
            }
        }
        List<String> sorted = new ArrayList<>(found.stream().filter(s -> s.contains(" ")).toList());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        names = sorted.isEmpty() ? null : Pattern.compile(String.join("|", sorted.stream()
                .flatMap(s -> java.util.stream.Stream.of(Pattern.quote(s), Pattern.quote(Html.escape(s)))).distinct()
                .toList()));
    }

    /** A plain text with the names and dates held together. */
    String text(String s) {
        if (s == null) {
            return null;
        }
        String out = join(ABBREVIATED_UNIT, join(DATE, s));
        return names == null ? out : join(names, out);
    }

    /**
     * For Word: the same, and the hyphens inside a name held too (U+2011, the non-breaking hyphen), since Word
     * breaks a reading such as "Ha-y-a-ca-oa" at its hyphens.
     */
    String word(String s) {
        String out = text(s);
        if (out == null || names == null) {
            return out;
        }
        // A web address is left as written: a reader copies it, and a non-breaking hyphen would break the link.
        Matcher m = Pattern.compile("https?://\\S+|([\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)+)").matcher(out);
        StringBuilder b = new StringBuilder(out.length());
        int at = 0;
        while (m.find()) {
            b.append(out, at, m.start()).append(m.group(1) == null ? m.group() : m.group().replace('-', '\u2011'));
            at = m.end();
        }
        return b.append(out, at, out.length()).toString();
    }

    /** The same in every text of an XHTML body; markup and attributes are left alone. */
    String xhtml(String xhtml) {
        int body = xhtml.indexOf("<body>");
        if (body < 0) {
            return xhtml;
        }
        StringBuilder out = new StringBuilder(xhtml.length() + 1024).append(xhtml, 0, body);
        Matcher tags = Pattern.compile("<[^>]*>").matcher(xhtml);
        int at = body;
        while (tags.find(at)) {
            out.append(spans(xhtml.substring(at, tags.start()))).append(tags.group());
            at = tags.end();
        }
        return out.append(spans(xhtml.substring(at))).toString();
    }

    /** A text of the XHTML with each name and date in a span that does not wrap (a space alone may still break). */
    private String spans(String s) {
        String out = wrap(ABBREVIATED_UNIT, wrap(DATE, s));
        return names == null ? out : wrap(names, out);
    }

    private static String wrap(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        int at = 0;
        while (m.find()) {
            // The stop or comma after a name or date stays on its line: "Quang Ninh" then "." alone below is wrong.
            int end = m.end();
            while (end < s.length() && ".,;:)!?”".indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            b.append(s, at, m.start()).append("<span class=\"nw\">").append(s.substring(m.start(), end)
                    .replace(' ', NBSP)).append("</span>");
            at = end;
        }
        return b.append(s, at, s.length()).toString();
    }

    private static String join(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        int at = 0;
        while (m.find()) {
            b.append(s, at, m.start()).append(m.group().replace(' ', NBSP));
            at = m.end();
        }
        return b.append(s, at, s.length()).toString();
    }
}
