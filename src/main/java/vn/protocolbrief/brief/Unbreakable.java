package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.lang.reflect.RecordComponent;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.store.ReferenceData;

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
    private static final Pattern ABBREVIATED_UNIT = Pattern.compile("\\b(?:TP|Tp|TX|TT|Q|P)\\. [\\p{Lu}\\d][\\p{L}\\p{M}\\d]*"
            // and the rest of the name, each syllable capitalised: "TP. Hồ Chí / Minh" broke in a pack's title
            + "(?: \\p{Lu}[\\p{L}\\p{M}]*){0,3}");
    /**
     * The two countries joined by a dash ("Japan–Viet Nam", "Việt Nam – Nhật Bản"): one name of a relation, not two
     * places a line may part at the dash (issue 19: "Japan– / Vietnam").
     */
    private static final Pattern COUNTRY_PAIR = Pattern.compile("(?:Việt Nam|Viet Nam|Vietnam|Nhật Bản|Japan) ?[–-] ?"
            + "(?:Việt Nam|Viet Nam|Vietnam|Nhật Bản|Japan)\\b");
    private final Pattern names;
    /**
     * Partners' names, held as written only (case counts): "Thành phố Ashikaga" is a name, "thị trưởng thành phố
     * Ashikaga" a post whose words may wrap in a narrow column.
     */
    private final Pattern partners;
    private static final String EXACT = "\u0000";
    /** Marks a person's name among the names found, until the people are taken apart. */
    private static final String PERSON = "\u0001";
    private final TitlesBeforeNames titles;
    /** The two countries' names, each a name a line may not split ("Nhật / Bản"). */
    private static final List<String> COUNTRIES = List.of("Nhật Bản", "Việt Nam", "Viet Nam");

    Unbreakable(BriefModel m) {
        Set<String> found = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        // Every person anywhere in the pack's records (the visit, the delegation, the history, the leader's other
        // meetings, the partner elsewhere), every string besides: walked over the model's records as they are.
        walk(m, found, text);
        // The people's names among them: a title right before one is held with it in Word (TitlesBeforeNames).
        titles = new TitlesBeforeNames(found.stream().filter(x -> x != null && x.startsWith(PERSON))
                .map(x -> x.substring(1).strip()).toList());
        List<String> people = found.stream().filter(x -> x != null && x.startsWith(PERSON)).toList();
        found.removeAll(people);
        people.forEach(x -> found.add(x.substring(1)));
        if (m.meta() != null && m.meta().provinceName() != null) {
            // The province's own name too: "to Quang / Ninh" at a line's end reads as two places.
            found.add(m.meta().provinceName().strip());
        }
        found.addAll(COUNTRIES);
        found.addAll(PLACES);
        // A locality the records name after its unit ("Thành phố Quy Nhơn", "TP Hạ Long", "Trường Đại học Hạ Long"):
        // its name is a name wherever it stands, "Ha Long University" in an English rendering too.
        Matcher u = LOCALITY.matcher(text);
        while (u.find()) {
            found.add(u.group(1));
        }
        List<String> exact = new ArrayList<>(found.stream().filter(x -> x != null && x.startsWith(EXACT))
                .map(x -> x.substring(1).strip()).filter(x -> x.contains(" ")).distinct().toList());
        exact.sort(Comparator.comparingInt(String::length).reversed());
        partners = exact.isEmpty() ? null : Pattern.compile(String.join("|", exact.stream()
                .flatMap(x -> java.util.stream.Stream.of(Pattern.quote(x), Pattern.quote(Html.escape(x)))).distinct()
                .toList()));
        found.removeIf(x -> x != null && x.startsWith(EXACT));
        Set<String> folded = new LinkedHashSet<>();
        for (String s : found) {
            String f = s == null ? "" : Text.fold(s.strip()).replaceAll("[\\s\u00A0]+", " ");
            if (f.contains(" ")) {
                folded.add(f);
                String[] words = f.split(" ");
                if (words.length == 2) {
                    // Given name first, as an English text may write a Japanese name ("Naoki Ito").
                    folded.add(words[1] + " " + words[0]);
                }
            }
        }
        List<String> sorted = new ArrayList<>(folded);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        names = sorted.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{M}\\d])(?:" + String.join("|", sorted.stream()
                .map(x -> Pattern.quote(x).replace(" ", "\\E[ \u00A0]\\Q")).toList()) + ")(?![\\p{L}\\p{M}\\d])");
    }

    /**
     * A unit word and the locality's name after it: its syllables each capitalised (two to four), as Vietnamese
     * writes a place's name.
     */
    private static final Pattern LOCALITY = Pattern.compile("(?:\\b(?:[Tt]hành phố|TP\\.?|Tp\\.?|[Tt]hị xã|TX\\.?|[Hh]uyện|[Tt]ỉnh"
            + "|[Xx]ã|[Pp]hường|[Qq]uận|[Đđ]ại học|[Vv]ịnh)|\\b(?:City of|Province of)) "
            + "(\\p{Lu}[\\p{Ll}\\p{M}]+(?: \\p{Lu}[\\p{Ll}\\p{M}]+){1,3})");

    /**
     * The reference data's places with more than one word: the provinces of 2025 and those merged into them, their
     * English names and aliases; the Japanese prefectures — each as written and without diacritics.
     */
    private static final List<String> PLACES = places();

    private static List<String> places() {
        List<String> out = new ArrayList<>();
        try {
            ReferenceData r = ReferenceData.load();
            for (Province p : r.provinces()) {
                out.add(p.nameVi());
                out.add(p.nameEn());
                out.addAll(p.predecessors());
            }
            r.provinceAliases().values().forEach(out::addAll);
            for (Prefecture p : r.prefectures()) {
                out.add(p.nameVi());
                out.add(p.nameEn());
            }
        } catch (RuntimeException missing) {
            return List.of();
        }
        return out.stream().filter(x -> x != null && x.strip().contains(" ")).map(String::strip).distinct().toList();
    }

    private static void walk(Object o, Set<String> found, StringBuilder text) {
        if (o == null) {
            return;
        }
        if (o instanceof PersonItem p) {
            // The name and its reading; a form of address may break between its title and the name.
            for (String s : new String[] {p.name(), p.reading()}) {
                if (s != null) {
                    found.add(PERSON + s.strip());
                }
            }
            // The written form of address too ("Ngài Đại sứ ITO Naoki"): it may break only before it, not inside.
            if (p.address() != null) {
                found.add(p.writtenAddress());
            }
            text.append(p.title()).append('\n').append(p.address()).append('\n');
        } else if (o instanceof BriefModel.PostHolder h) {
            found.add(h.person() == null ? null : PERSON + h.person());
            text.append(h.title()).append('\n');
        } else if (o instanceof BriefModel.LinkItem x) {
            found.add(x.partnerName() == null ? null : EXACT + x.partnerName());
            walkRecord(x, found, text);
        } else if (o instanceof String s) {
            text.append(s).append('\n');
        } else if (o instanceof Iterable<?> i) {
            i.forEach(x -> walk(x, found, text));
        } else if (o instanceof java.util.Map<?, ?> map) {
            map.values().forEach(x -> walk(x, found, text));
        } else if (o instanceof Record) {
            walkRecord((Record) o, found, text);
        }
    }

    private static void walkRecord(Record r, Set<String> found, StringBuilder text) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(r);
                if (c.getName().equals("partnerName") && v instanceof String s) {
                    // The partners' names: "Đại sứ quán Nhật / Bản" broken reads as a fault in a name.
                    found.add(EXACT + s);
                }
                walk(v, found, text);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                // A component not readable: nothing of it is held.
            }
        }
    }

    /** A plain text with the names and dates held together. */
    String text(String s) {
        if (s == null) {
            return null;
        }
        String out = join(COUNTRY_PAIR, join(ABBREVIATED_UNIT, join(DATE, s)));
        out = partners == null ? out : join(partners, out);
        return names == null ? out : joinFolded(out);
    }

    /**
     * For Word: the same, and the hyphens inside a name held too (U+2011, the non-breaking hyphen), since Word
     * breaks a reading such as "Ha-y-a-ca-oa" at its hyphens. A Japanese name is held by where it stands (a line of
     * its own, {@link DocxText#japaneseLine}), not by word joiners between its characters: those spoiled copying,
     * searching and spell checking in Word (rd14), and LibreOffice ignored them.
     */
    String word(String s) {
        return word(s, TitlesBeforeNames.LONGEST);
    }

    /** For a Word table's cell: a short title only is held with a name, so its column can hold the run. */
    String wordInTable(String s) {
        return word(s, TitlesBeforeNames.LONGEST_IN_TABLE);
    }

    private String word(String s, int longestTitle) {
        String out = text(s);
        if (out == null) {
            return null;
        }
        out = titles.held(out, longestTitle);
        // Word may break after a dash: a word joiner after the one between the two countries holds it.
        Matcher pair = COUNTRY_PAIR.matcher(out.replace(NBSP, ' '));
        StringBuilder held = new StringBuilder(out.length());
        int from = 0;
        while (pair.find()) {
            held.append(out, from, pair.start()).append(out.substring(pair.start(), pair.end())
                    .replaceFirst("([–-])", "$1\u2060"));
            from = pair.end();
        }
        out = held.append(out, from, out.length()).toString();
        if (names == null) {
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

    /**
     * The same in every text of an XHTML body; markup and attributes are left alone, and a text already in a span that
     * does not wrap too (a span inside another is an edge the renderer breaks at: "Ngài Thị trưởng / Ha-y-a-ca-oa").
     */
    String xhtml(String xhtml) {
        int body = xhtml.indexOf("<body>");
        if (body < 0) {
            return xhtml;
        }
        StringBuilder out = new StringBuilder(xhtml.length() + 1024).append(xhtml, 0, body);
        Matcher tags = Pattern.compile("<(/?)([a-z0-9]*)([^>]*)>").matcher(xhtml);
        int at = body;
        int cells = 0; // the table cells open: a title there is held by no-break spaces too (TableFit's last resort)
        java.util.ArrayDeque<Boolean> held = new java.util.ArrayDeque<>(); // the spans open: does each not wrap?
        while (tags.find(at)) {
            String text = xhtml.substring(at, tags.start());
            out.append(held.contains(true) ? text : spans(text, cells > 0)).append(tags.group());
            String name = tags.group(2);
            boolean open = tags.group(1).isEmpty() && !tags.group(3).endsWith("/");
            if (name.equals("td") || name.equals("th")) {
                cells = Math.max(0, cells + (open ? 1 : -1));
            } else if (name.equals("span") && open) {
                held.push(tags.group(3).matches(".*class=\"nw[\" ].*"));
            } else if (name.equals("span") && !held.isEmpty()) {
                held.pop();
            }
            at = tags.end();
        }
        return out.append(spans(xhtml.substring(at), false)).toString();
    }

    /**
     * A text of the XHTML with each name and date in one span that does not wrap (a space alone may still break), the
     * runs that overlap in one span. The title right before a person's name goes into the name's span ("tiếp
     * <span>Đại sứ ITO Naoki</span>"): the renderer breaks at a span's edge, so a title joined to the span by no-break
     * spaces still parted from it (rd18). Its words keep their spaces, as the text layer is read (a search, a screen
     * reader); in a table's cell they are held by no-break spaces among themselves, so that a table whose spans must
     * wrap (TableFit's last resort) parts the title from the name only whole, never inside it.
     */
    /**
     * A title's characters held with a name in a table's cell, at most, as in Word ("Đại sứ", "Ngài", "Ông"): a
     * longer run widened its column and set the whole table under 11 pt (the leader's other meetings, the forms of
     * address; PackTrustTest), so a longer title in a cell may go whole to the line before the name.
     */
    private static final int LONGEST_TITLE_IN_CELL = TitlesBeforeNames.LONGEST_IN_TABLE;

    private String spans(String s, boolean cell) {
        boolean[] joined = new boolean[s.length()]; // the spaces that become no-break spaces
        boolean[] inside = new boolean[s.length()]; // the characters held in a span
        for (Pattern p : new Pattern[] {DATE, ABBREVIATED_UNIT, COUNTRY_PAIR, partners}) {
            if (p != null) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    hold(s, m.start(), m.end(), joined, inside);
                }
            }
        }
        if (names != null) {
            Matcher m = folded(s);
            while (m.find()) {
                int title = titles.titleStart(s, m.start(), m.end(), cell ? LONGEST_TITLE_IN_CELL : TitlesBeforeNames.LONGEST);
                hold(s, m.start(), m.end(), joined, inside);
                java.util.Arrays.fill(inside, title, m.start(), true);
                for (int i = title; cell && i < m.start() - 1; i++) {
                    joined[i] |= s.charAt(i) == ' ';
                }
            }
        }
        StringBuilder b = new StringBuilder(s.length() + 64);
        for (int i = 0; i < s.length(); i++) {
            if (inside[i] && (i == 0 || !inside[i - 1])) {
                b.append("<span class=\"nw\">");
            }
            b.append(joined[i] ? NBSP : s.charAt(i));
            if (inside[i] && (i == s.length() - 1 || !inside[i + 1])) {
                b.append("</span>");
            }
        }
        return b.toString();
    }

    /** A run held: its spaces joined, and the stop or comma after it on its line ("Quang Ninh" then "." alone). */
    private static void hold(String s, int start, int end, boolean[] joined, boolean[] inside) {
        int to = end;
        while (to < s.length() && ".,;:)!?”".indexOf(s.charAt(to)) >= 0) {
            to++;
        }
        java.util.Arrays.fill(inside, start, to, true);
        for (int i = start; i < end; i++) {
            joined[i] |= s.charAt(i) == ' ';
        }
    }

    /**
     * Where the names stand in a text: matched on its folded form (lower case, no diacritics, the same length), so
     * that "Ha Long", "HA LONG" and "Hạ Long" are one name.
     */
    private Matcher folded(String s) {
        String f = Text.fold(s);
        return names.matcher(f.length() == s.length() ? f : s);
    }

    private String joinFolded(String s) {
        Matcher m = folded(s);
        StringBuilder b = new StringBuilder(s.length());
        int at = 0;
        while (m.find()) {
            b.append(s, at, m.start()).append(s.substring(m.start(), m.end()).replace(' ', NBSP));
            at = m.end();
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

    /**
     * The runs a line may still not part in a table whose names cannot be held whole ({@link TableFit}'s last resort,
     * where held names wrap): a reading's word ("Ma-xa-hi-rô"), a month with its brackets ("(tính đến 10/2023)"),
     * source numbers ("[1]") and a city's abbreviation with its name's first word ("TP. Hồ"). rd13 read "Ta-xư-mi-
     * xa-gô Ma-xa-hi-" / "rô", "(tính đến 10" / "/2023)" and "[1" / "]" in such tables.
     */
    private static final Pattern HELD_WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)+[.,;:)]*"
            + "|(?:(?:as of|tính đến)[ \u00A0])?\\d{1,2}/\\d{4}\\)?[.,;:]*|\\[\\d+(?:,[ \u00A0]\\d+)*\\]"
            + "|\\b(?:TP|Tp|TX|TT)\\.[ \u00A0][\\p{L}\\p{M}\\d]+");

    /** A table's XHTML with each run of {@link #HELD_WORD} in a span the pack's CSS never wraps ("held"). */
    static String heldWords(String table) {
        Matcher tags = Pattern.compile("<[^>]*>").matcher(table);
        StringBuilder out = new StringBuilder(table.length() + 256);
        int at = 0;
        while (true) {
            boolean tag = tags.find(at);
            String text = table.substring(at, tag ? tags.start() : table.length());
            out.append(HELD_WORD.matcher(text).replaceAll(r -> "<span class=\"held\">"
                    + Matcher.quoteReplacement(r.group().replace(' ', NBSP)) + "</span>"));
            if (!tag) {
                return out.toString();
            }
            out.append(tags.group());
            at = tags.end();
        }
    }
}
