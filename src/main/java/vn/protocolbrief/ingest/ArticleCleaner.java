package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * Separates the story from the page around it, by the shape of lines rather than by any site's words:
 * the story starts at its first paragraph that reads as prose (its headline is the line before it that
 * shares its names); what comes before is the site's header; a line of a date and a time is the page's date;
 * a short line without a full stop inside the story is a caption; a section heading such as "Tin liên quan"
 * ends it. The page's own date is the publication date, never the meeting's.
 */
final class ArticleCleaner {
    /** A line of the story; captions are kept (they name people) but weigh less. */
    record Line(String text, boolean caption) {
    }

    /** The story's lines and what the page said about it. */
    record Clean(String title, PartialDate published, String publishedEvidence, String publication, String url,
                 List<Line> lines) {
        List<String> paragraphs() {
            return lines.stream().map(Line::text).toList();
        }
    }

    private static final Pattern DATELINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)(?![\\d-])\\s*");
    private static final Pattern SOURCE_PREFIX = Pattern.compile("(?i)^(?:source|url|nguồn)\\s*:\\s*(https?://\\S+)\\s*$");
    private static final Pattern URL_LINE = Pattern.compile("^(https?://\\S+)$");
    private static final Pattern TITLE_PREFIX = Pattern.compile("(?i)^title\\s*:\\s*(.+)$");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iuU)^(nguồn( tin)?|theo)\\s*:\\s*(.+)$");
    private static final Pattern CAPTION_MARK = Pattern.compile("(?iuU)(^|[\\s.(|–-])ảnh(\\s*\\d+\\s*[.)]?|\\s*:)");
    /** Where a photo shows someone: "(bên phải)", "(trái)", "(ngoài cùng bên trái)", "(thứ 5 từ phải sang)". */
    static final Pattern POSITION_MARK = Pattern.compile(
            "(?iuU)\\((?:ngoài cùng\\s+)?(?:bên\\s+)?(?:trái|phải|giữa)\\)|\\(thứ\\s+\\S+\\s+từ\\s+(?:trái|phải)(?:\\s+sang)?\\)");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)^\\S+\\.(jpe?g|png|gif|webp)$");
    /** "NgàiMit-suo Sakaba": a form of address glued to the name by a page's markup loses its space. */
    private static final Pattern GLUED_ADDRESS = Pattern.compile("(?uU)(?<!\\p{L})(Ngài|Ông|Bà)(?=\\p{Lu}\\p{Ll})");
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\]]+\\]$");
    private static final Pattern CHANNEL = Pattern.compile(
            "^(?:\\(([\\p{L}\\p{N}.& ]{2,25})\\)\\s*(?:[-–—]\\s*)?|([\\p{Lu}\\p{N}][\\p{L}\\p{N}.]{1,20})\\s+[-–—]\\s+)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{2})/(\\d{2})/|/((?:19|20)\\d{2})-(\\d{2})-(\\d{2})|/((?:19|20)\\d{2})(\\d{2})/");

    private final IngestData data = IngestData.get();

    /** A short line of four words or more that ends no sentence: a headline. */
    private static boolean headlineLike(String line) {
        String t = line.strip();
        return t.length() < 130 && t.split("\\s+").length >= 4 && ".!?…:;\"”)".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** The line breaks mid-sentence: no closing punctuation before it and a lower-case word after it. */
    private static boolean wrapped(CharSequence before, String after) {
        char end = before.charAt(before.length() - 1);
        return (Character.isLetterOrDigit(end) || end == ',') && Character.isLowerCase(after.codePointAt(0));
    }

    Clean clean(ArticleText article) {
        List<String> raw = new ArrayList<>(List.of(article.text().split("\n")));
        PartialDate published = article.published();
        String publishedEvidence = null;
        String title = article.title();
        String url = article.url();
        String publication = article.publication();
        // "date 2025-08-19 …" or "date 2025-08 …" opening the text (after any "source:" and "title:" lines) is the page's date (to
        // the day or the month), never words of the story or of its headline.
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i).strip();
            if (line.isEmpty() || SOURCE_PREFIX.matcher(line).matches() || URL_LINE.matcher(line).matches()
                    || TITLE_PREFIX.matcher(line).matches()) {
                continue;
            }
            Matcher d = DATELINE.matcher(raw.get(i));
            if (d.find()) {
                try {
                    published = PartialDate.of(d.group(1));
                    publishedEvidence = d.group().strip();
                } catch (IllegalArgumentException notADate) {
                    // "date 2025-13": furniture all the same, but no date to keep
                }
                raw.set(i, raw.get(i).substring(d.end()));
            }
            break;
        }
        for (int i = 0; i < raw.size(); i++) {
            String[] stamp = PageDates.splitLeadingStamp(raw.get(i));
            if (stamp != null) {
                raw.set(i, stamp[0]);
                raw.add(++i, stamp[1]);
            }
        }
        List<String> lines = new ArrayList<>();
        // The line being joined from a hard-wrapped paste: built up in place (joining by concatenation copied the
        // whole paragraph for every line, quadratic in its length), and at most a reader's line long.
        StringBuilder joined = new StringBuilder();
        for (String r : raw) {
            String line = GLUED_ADDRESS.matcher(r.strip()).replaceAll("$1 ");
            if (line.isEmpty()) {
                continue;
            }
            Matcher u = SOURCE_PREFIX.matcher(line);
            Matcher bare = URL_LINE.matcher(line);
            if (u.matches() || bare.matches()) {
                url = url != null ? url : (u.matches() ? u.group(1) : bare.group(1));
                continue;
            }
            Matcher t = TITLE_PREFIX.matcher(line);
            if (t.matches() && lines.isEmpty() && joined.isEmpty()) {
                if (title == null && !t.group(1).startsWith("(")) {
                    title = t.group(1).strip();
                }
                continue;
            }
            if (!joined.isEmpty() && wrapped(joined, line) && joined.length() + 1 + line.length() <= ArticleReader.MAX_LINE
                    && (joined.length() > 110 || PageDates.of(joined.toString()) == null)) {
                // A hard-wrapped paste (from a PDF or an e-mail): the sentence goes on in this line (a page's date
                // line ends no sentence, but nothing goes on from it).
                joined.append(' ').append(line);
                continue;
            }
            if (!joined.isEmpty()) {
                lines.add(joined.toString());
                joined.setLength(0);
            }
            joined.append(line);
        }
        if (!joined.isEmpty()) {
            lines.add(joined.toString());
        }
        int lead = leadIndex(lines);
        List<PartialDate> pageDates = new ArrayList<>();
        List<String> pageDateLines = new ArrayList<>();
        String headline = null;
        List<Line> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String key = Text.key(line);
            PartialDate pageDate = PageDates.of(line);
            if (pageDate != null) {
                if (i < lead || pageDates.isEmpty()) {
                    pageDates.add(pageDate);
                    pageDateLines.add(line);
                }
                continue;
            }
            if (i < lead) {
                // The story's first photo, above its lead, with its caption and credit ("… quà lưu niệm. Ảnh: X"):
                // a caption of this story (who gave what), not page chrome.
                if (CAPTION_MARK.matcher(line).find() && line.length() < 400 && hasWords(line) && seen.add(key)) {
                    kept.add(new Line(line, true));
                }
                continue;
            }
            if (i > lead && line.length() < 60 && isCut(key)) {
                break;
            }
            Matcher s = SOURCE_LINE.matcher(line);
            if (s.matches() && line.length() < 80) {
                // "Nguồn: Báo An Giang, 18/04/2024": the publication, and its date when the page gave none.
                String named = s.group(3).strip();
                Matcher d = PageDates.FULL_DATE.matcher(named);
                if (d.find()) {
                    PartialDate day = PageDates.day(d.group(3), d.group(2), d.group(1));
                    if (day != null) {
                        pageDates.add(day);
                        pageDateLines.add(line);
                    }
                    named = named.substring(0, d.start()).replaceAll("[\\s,–—-]+$", "");
                }
                publication = named.isEmpty() ? publication : named;
                continue;
            }
            if (IMAGE_FILE.matcher(line).matches() || BRACKETED.matcher(line).matches() || !hasWords(line)
                    || !seen.add(key)) {
                continue;
            }
            kept.add(new Line(line, i > lead && isCaption(line)));
        }
        // Other stories' headlines listed after this one without a heading ("Tin cùng chuyên mục" absent): two or
        // more short lines at the end, none of them ending a sentence. Their places and people are not this meeting's.
        int headlines = 0;
        while (headlines < kept.size() - 1 && headlineLike(kept.get(kept.size() - 1 - headlines).text())) {
            headlines++;
        }
        if (headlines >= 2) {
            kept.subList(kept.size() - headlines, kept.size()).clear();
        }
        // The story's last line cut mid-sentence (a clipped paste) is prose, not a caption.
        if (!kept.isEmpty()) {
            Line last = kept.get(kept.size() - 1);
            if (last.caption() && !CAPTION_MARK.matcher(last.text()).find() && !POSITION_MARK.matcher(last.text()).find()
                    && last.text().split("\\s+").length >= 10) {
                kept.set(kept.size() - 1, new Line(last.text(), false));
            }
        }
        headline = headline(lines, lead);
        if (title == null) {
            title = headline;
        }
        if (kept.size() > 1 && isByline(kept.get(kept.size() - 1).text())) {
            kept.remove(kept.size() - 1);
        }
        if (title != null) {
            String tk = Text.key(title);
            kept.removeIf(l -> Text.key(l.text()).equals(tk));
        }
        // The page's own date: the one printed nearest above the story (a site header may carry today's date).
        if (!pageDates.isEmpty() && (published == null || !published.known())) {
            published = pageDates.get(pageDates.size() - 1);
            publishedEvidence = pageDateLines.get(pageDateLines.size() - 1);
        }
        if ((published == null || !published.known()) && url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                published = m.group(1) != null ? PageDates.day(m.group(1), m.group(2), m.group(3))
                        : m.group(4) != null ? PageDates.day(m.group(4), m.group(5), m.group(6))
                        : PageDates.month(m.group(7), m.group(8));
                publishedEvidence = url;
            }
        }
        int first = 0;
        while (first < kept.size() - 1 && kept.get(first).caption()) {
            first++;
        }
        if (!kept.isEmpty()) {
            // "(BTV) Chiều 13/01, …", "TTH - Ngày 16/8, …": the channel's mark before the lead.
            Matcher c = CHANNEL.matcher(kept.get(first).text());
            if (c.find() && kept.get(first).text().length() > c.end() + 20) {
                String channel = c.group(1) != null ? c.group(1) : c.group(2);
                if (publication == null) {
                    publication = channel.strip();
                }
                kept.set(first, new Line(kept.get(first).text().substring(c.end()).strip(), false));
            }
        }
        return new Clean(title, published, publishedEvidence, publication, url, kept);
    }

    /** The first line that reads as prose: eight words or more ending a sentence, or twenty words or more. */
    static int leadIndex(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int words = l.split("\\s+").length;
            char last = l.charAt(l.length() - 1);
            boolean ends = last == '.' || last == '…' || last == ':' || last == '!' || last == '?' || last == '"'
                    || last == '”';
            if (words >= 20 || ends && words >= 8) {
                if (PageDates.of(l) == null) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** Of the short lines before the lead, the one sharing most words with it: the headline. */
    private static String headline(List<String> lines, int lead) {
        if (lead <= 0 || lead >= lines.size()) {
            return null;
        }
        Set<String> leadWords = new HashSet<>(Text.words(lines.get(lead)));
        if (lead + 1 < lines.size()) {
            leadWords.addAll(Text.words(lines.get(lead + 1)));
        }
        String best = null;
        int bestShared = 2;
        for (int i = 0; i < lead; i++) {
            String l = lines.get(i);
            // A photo's caption with its credit ("… Ảnh: VIỆT DŨNG") is never the story's headline.
            if (l.length() > 250 || PageDates.of(l) != null || l.split("\\s+").length < 4 || CAPTION_MARK.matcher(l).find()) {
                continue;
            }
            int shared = 0;
            for (String w : new HashSet<>(Text.words(l))) {
                if (w.length() > 2 && leadWords.contains(w)) {
                    shared++;
                }
            }
            if (shared > bestShared) {
                best = l;
                bestShared = shared;
            }
        }
        return best;
    }

    private static boolean hasWords(String line) {
        return java.util.Arrays.stream(line.split("[^\\p{L}]+")).filter(w -> w.length() > 1).count() >= 2;
    }

    /** A short line inside the story that does not end a sentence, or one marked as a photo's. */
    private static boolean isCaption(String line) {
        if (CAPTION_MARK.matcher(line).find() && line.length() < 400) {
            return true;
        }
        // Only a photo's caption says where in the picture someone stands.
        if (POSITION_MARK.matcher(line).find() && line.split("\\s+").length < 60) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        boolean ends = last == '.' || last == '…' || last == '!' || last == '?' || last == '"' || last == '”'
                || last == ';' || last == ':';
        return !ends && line.split("\\s+").length < 30;
    }

    private boolean isCut(String key) {
        for (String c : data.cues("cut")) {
            String cue = Text.key(c);
            if (key.equals(cue) || key.startsWith(cue + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Two to four capitalised words and nothing else: the reporter's name. */
    private static boolean isByline(String line) {
        String[] words = line.split(" ");
        if (words.length < 1 || words.length > 4 || line.length() > 40) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return !line.toLowerCase(Locale.ROOT).equals(line);
    }
}
