package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits paragraphs into sentences; each sentence remembers its paragraph. */
final class Sentences {
    /** One sentence and the paragraph it came from. */
    record Sentence(int paragraph, String text) {
    }

    // A full stop, question or exclamation mark followed by a capital (Vietnamese capitals included) or a quote.
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\"“(])");

    private Sentences() {
    }

    static List<Sentence> split(List<String> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String s : BOUNDARY.split(paragraphs.get(p))) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(new Sentence(p, t));
                }
            }
        }
        return out;
    }
}
