package vn.protocolbrief.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.protocolbrief.domain.Text;

/**
 * In how many articles of a folder each cue phrase, category keyword and title of assets/ingest occurs (as words,
 * with diacritics when the article has them, folded when it has none): the audit that keeps a word only when it
 * is general Vietnamese found in several independent articles, never because one article has it.
 */
public final class VocabularyCoverage {
    /** One vocabulary entry and the number of articles that contain it. */
    public record Entry(String file, String kind, String phrase, int articles) {
    }

    private final IngestData data = IngestData.get();

    /** Every entry with its count over the .txt, .html and .md files under {@code folder}, rarest first. */
    public List<Entry> count(Path folder) throws IOException {
        List<String[]> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().matches("(?i).*\\.(txt|html?|md)$"))
                    .sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                articles.add(new String[]{" " + IngestData.lower(text) + " ", " " + Text.key(text) + " "});
            }
        }
        List<Entry> out = new ArrayList<>();
        data.cues.forEach((kind, phrases) -> phrases.forEach(p -> out.add(entry(articles, "cues.csv", kind, p))));
        data.categoryKeywords.forEach((category, words) -> words.forEach(w -> out.add(entry(articles,
                "category-keywords.csv", category, w))));
        data.titles.forEach(t -> out.add(entry(articles, "titles.csv", t.side(), IngestData.lower(t.text()))));
        out.sort(java.util.Comparator.comparingInt(Entry::articles).thenComparing(Entry::file).thenComparing(Entry::kind));
        return out;
    }

    private static Entry entry(List<String[]> articles, String file, String kind, String phrase) {
        String marked = " " + phrase + " ";
        String folded = " " + Text.key(phrase) + " ";
        int n = 0;
        for (String[] a : articles) {
            boolean hasMarks = !a[0].equals(a[1]);
            if (hasMarks ? a[0].contains(marked) : a[1].contains(folded)) {
                n++;
            }
        }
        return new Entry(file, kind, phrase, n);
    }
}
