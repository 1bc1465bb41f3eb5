package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * Separates the story from the page around it: the site's header and its date, photo captions ("Ảnh: …"),
 * the list of other articles after the story, "Nguồn tin:" and author lines. The page's own date is the
 * publication date, never the meeting's.
 */
final class ArticleCleaner {
    /** The story's paragraphs and what the page said about it. */
    record Clean(String title, PartialDate published, String publication, List<String> paragraphs) {
        String body() {
            return String.join("\n", paragraphs);
        }
    }

    private static final Pattern DATELINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*");
    private static final Pattern PUBLISHED_LINE = Pattern.compile("^\\d{1,2}:\\d{2}\\s*\\|\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern WEEKDAY_HEADER = Pattern.compile("(?i)^(thứ\\s+\\S+|chủ nhật),?\\s+\\d{1,2}/\\d{1,2}/\\d{4}.*");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^(nguồn( tin)?|theo)\\s*:\\s*(.+)$");
    private static final Pattern CAPTION = Pattern.compile("(?i)(^|[.\\s])ảnh\\s*:\\s*[^.]{1,60}$");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^.]{1,60}(\\s/\\s[^.]{1,40})+\\s*/?$");

    private final IngestData data = IngestData.get();

    Clean clean(ArticleText article) {
        List<String> lines = new ArrayList<>(List.of(article.text().split("\n")));
        PartialDate published = article.published();
        String title = article.title();
        String publication = null;
        if (!lines.isEmpty()) {
            Matcher d = DATELINE.matcher(lines.get(0));
            if (d.find()) {
                published = PartialDate.of(d.group(1));
                lines.set(0, lines.get(0).substring(d.end()));
            }
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String key = Text.key(line);
            if (isCut(key) && line.length() < 60 && !kept.isEmpty()) {
                break;
            }
            Matcher p = PUBLISHED_LINE.matcher(line);
            if (p.matches()) {
                published = PartialDate.day(Integer.parseInt(p.group(3)), Integer.parseInt(p.group(2)),
                        Integer.parseInt(p.group(1)));
                continue;
            }
            Matcher s = SOURCE_LINE.matcher(line);
            if (s.matches() && line.length() < 80) {
                publication = s.group(3).strip();
                continue;
            }
            if (WEEKDAY_HEADER.matcher(line).matches() || BREADCRUMB.matcher(line).matches() || isChrome(key, line)) {
                continue;
            }
            if (CAPTION.matcher(line).find() && line.length() < 300) {
                continue;
            }
            if (!seen.add(key)) {
                continue;
            }
            kept.add(line);
        }
        // A short first line without a full stop is the headline; a short last line of names is the byline.
        if (!kept.isEmpty() && title == null && kept.get(0).length() < 200 && !kept.get(0).endsWith(".")) {
            title = kept.get(0);
        }
        if (kept.size() > 1 && isByline(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        if (title != null) {
            String t = Text.key(title);
            kept.removeIf(l -> Text.key(l).equals(t));
        }
        return new Clean(title, published, publication, kept);
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

    private boolean isChrome(String key, String line) {
        if (line.length() > 80) {
            return false;
        }
        if (key.equals("theo")) {
            return true;
        }
        for (String c : data.cues("chrome")) {
            String cue = Text.key(c);
            if (cue.length() > 3 && (key.startsWith(cue + " ") || key.equals(cue) || key.contains(" " + cue + " ")
                    || key.endsWith(" " + cue))) {
                return true;
            }
        }
        return false;
    }

    /** Two to four capitalised words and nothing else: the reporter's name. */
    private static boolean isByline(String line) {
        String[] words = line.split(" ");
        if (words.length < 2 || words.length > 4 || line.length() > 40) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }
}
