package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;

/**
 * A source as a reader checks it: the headline (an article's is record text, marked as the original in an English
 * pack), the newspaper, the address. Lines joined by newlines; the PDF and the Word document both print them.
 */
final class SourceLines {
    private SourceLines() {
    }

    static String of(BriefModel.SourceItem s, Labels l) {
        List<String> lines = new ArrayList<>();
        if (s.title() != null) {
            lines.add("article".equals(s.kind()) ? l.record(s.title()) : s.title());
        } else {
            lines.add(l.get("source.untitled"));
        }
        if (s.publication() != null && !s.publication().isBlank()) {
            lines.add("article".equals(s.kind()) ? l.record(s.publication()) : s.publication());
        }
        if (s.url() != null && !s.url().isBlank()) {
            lines.add(s.url());
        }
        return String.join("\n", lines);
    }
}
