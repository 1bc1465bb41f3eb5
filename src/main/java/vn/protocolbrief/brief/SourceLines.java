package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;

/**
 * A source as a reader checks it: the headline (an article's is record text, marked as the original in an English
 * pack), the newspaper, the address. Lines joined by newlines; the PDF and the Word document both print them.
 */
public final class SourceLines {
    /** A web address or a site's domain name, as a newspaper is sometimes recorded. */
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile(
            "(?i)(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/\\S*)?");

    private SourceLines() {
    }

    static String of(BriefModel.SourceItem s, Labels l) {
        List<String> lines = new ArrayList<>();
        // An article's words are record text, whether or not someone has reviewed the meeting it came with.
        boolean article = "article".equals(s.kind()) || BriefModel.UNREVIEWED.equals(s.kind());
        if (s.title() != null) {
            lines.add(article ? l.record(s.title()) : s.title());
        } else if (s.opening() != null) {
            // Without a headline, the first words let a reader find the article (record text: the original in English).
            lines.add(l.get("source.untitled.opening"));
            lines.add("en".equals(l.lang()) ? l.record(s.opening()) : "«" + s.opening() + "»");
        } else {
            lines.add(l.get("source.untitled"));
        }
        if (s.publication() != null && !s.publication().isBlank()) {
            // A site's name or address ("baocaobang.vn") is not Vietnamese text: never marked as the original.
            lines.add(article && !SITE.matcher(s.publication().strip()).matches() ? l.record(s.publication())
                    : s.publication());
        }
        if (s.url() != null && !s.url().isBlank()) {
            lines.add(s.url());
        }
        String missing = missing(s, l); // an article's only: SourceItem.missing says nothing of other sources
        if (missing != null) {
            lines.add(missing);
        }
        return String.join("\n", lines);
    }

    /**
     * What a reader could not check an article by — its headline, newspaper or address missing from the record — said
     * in the pack as a fact about the record; null when nothing is missing. The command that completes it is the
     * officer's business, not the signer's: {@link #completion} gives it to the composer and the command line.
     */
    static String missing(BriefModel.SourceItem s, Labels l) {
        List<String> keys = s.missing();
        return keys.isEmpty() ? null : l.format("source.missing",
                String.join(" / ", keys.stream().map(k -> l.get("source.missing." + k)).toList()));
    }

    /** The command that completes an article's source with only the options it lacks; null when nothing is missing. */
    public static String completion(BriefModel.SourceItem s) {
        List<String> keys = s.missing();
        if (keys.isEmpty()) {
            return null;
        }
        return "source edit " + s.sourceId() + " " + String.join(" ", keys.stream()
                .map(k -> "url".equals(k) ? "--url …" : "--" + k + " \"…\"").toList());
    }

    /**
     * The first words of an article saved without its headline (a "date" line the saving tool put first is not the
     * article's); null when there is no text.
     */
    static String opening(String fullText) {
        if (fullText == null) {
            return null;
        }
        String text = fullText.strip().replaceFirst("^date \\d{4}-\\d{2}-\\d{2}\\s+", "").replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return null;
        }
        String[] words = text.split(" ");
        int n = Math.min(words.length, OPENING_WORDS);
        return String.join(" ", java.util.Arrays.copyOf(words, n)) + (n < words.length ? "…" : "");
    }

    private static final int OPENING_WORDS = 12;
}
