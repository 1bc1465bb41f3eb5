package vn.protocolbrief.ingest;

import java.util.List;

/**
 * The words a saved meeting and its source are shown by, taken from the draft: the source's title (the headline,
 * else the first sentence), the meeting's title and its summary (the article's first real paragraph). Apart from
 * saving because none of it touches the store: pure text work.
 */
final class TitlesAndSummary {
    private TitlesAndSummary() {
    }

    /** The headline, else who met whom; the first sentence only when the draft names neither side. */
    static String meetingTitle(Draft d) {
        String composed = MeetingTitles.of(d);
        return composed != null ? composed : sourceTitle(d);
    }

    /** The article's headline, else its first sentence: a source is never shown by its id. */
    static String sourceTitle(Draft d) {
        if (d.source().title() != null && !d.source().title().isBlank()) {
            return d.source().title();
        }
        if (d.source().text().isBlank()) {
            return null;
        }
        // Never the page's furniture: "source: …", "title: …" header lines, a "date 2025-08-19" stamp.
        String text = d.source().text().strip().replaceAll("(?im)^\\s*(?:source|url|nguồn|title)\\s*:.*$", "")
                .replaceAll("(?m)^\\s*date\\s+\\d{4}-\\d{2}(?:-\\d{2})?(?![\\d-])\\s*", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        String first = text.split("(?<!\\bTP\\.|\\bTp\\.)(?<=[.!?])\\s+|\n")[0].strip();
        return first.length() > 140 ? first.substring(0, first.lastIndexOf(' ', 140)) + "…" : first;
    }

    static String summary(Draft d) {
        return summaryOf(d.source().text());
    }

    private static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile(
            "(?iu)[(.\\s]\\s*(?:ảnh|photo|nguồn ảnh)\\s*:\\s*[^.:]{1,40}\\)?\\.?$");

    /** The first paragraph of some length, never a "source: …" or "title: …" header line (a long address is one). */
    static String summaryOf(String text) {
        List<String> p = java.util.Arrays.stream(text.split("\n\n|\n"))
                .filter(x -> !x.strip().matches("(?i)(?:source|url|nguồn|title)\\s*:.*")).toList();
        if (p.stream().allMatch(String::isBlank)) {
            return null;
        }
        // A photo's caption ends with its credit ("… Ảnh: Phan Tú"): it tells the picture, not the meeting.
        String first = p.stream().filter(x -> x.length() > 120 && !PHOTO_CREDIT.matcher(x.strip()).find()).findFirst()
                .orElse(p.stream().filter(x -> !x.isBlank()).findFirst().orElseThrow());
        return first.length() > 700 ? first.substring(0, 700) + "…" : first;
    }
}
