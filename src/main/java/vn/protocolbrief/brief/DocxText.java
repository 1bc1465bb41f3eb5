package vn.protocolbrief.brief;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.protocolbrief.brief.BriefModel.PersonItem;

/**
 * Record text as the Word pack writes it, shared by the front brief and the annexes: an English pack marks the
 * Vietnamese original, and each citation of a source nobody has reviewed carries ◇, as in the PDF.
 */
final class DocxText {
    private final BriefModel m;
    private final Labels l;
    /** Sources saved with meetings nobody has reviewed. */
    private final Set<Integer> unreviewed;

    DocxText(BriefModel model, Labels labels) {
        this.m = model;
        this.l = labels;
        this.unreviewed = model.sources().stream().filter(s -> BriefModel.UNREVIEWED.equals(s.kind()))
                .map(BriefModel.SourceItem::number).collect(Collectors.toSet());
    }

    boolean unreviewed(int source) {
        return unreviewed.contains(source);
    }

    boolean anyUnreviewed() {
        return !unreviewed.isEmpty();
    }

    String rec(String text) {
        return text == null ? "" : l.record(text);
    }

    /** Record text after the pack's words on a line; a Vietnamese original in English starts a line of its own. */
    String recAfter(String separator, String text) {
        return text == null || text.isBlank() ? "" : (l.original(text) ? "\n" : separator) + rec(text);
    }

    String cite(List<Integer> sources) {
        if (sources == null || sources.isEmpty() || !m.meta().parts().contains("sources")) {
            return "";
        }
        // The numbers held together: "[1, / 2]" at a line's end reads as a broken citation (issue 19).
        return (sources.stream().anyMatch(unreviewed::contains) ? " " + Html.UNREVIEWED_MARK : "")
                + " [" + String.join(",\u00A0", sources.stream().map(String::valueOf).toList()) + "]";
    }

    /**
     * A Japanese name or title on a line of its own, after what precedes it ("" when there is none): Word and
     * LibreOffice break Japanese between any two characters, and where a line starts a name fits whole. Word's own
     * means, not a word joiner between the characters (which spoiled copying, searching and spell checking).
     */
    static String japaneseLine(String japanese) {
        return japanese == null || japanese.isBlank() ? "" : "\n" + japanese;
    }

    String person(PersonItem p) {
        return p.name() + (p.kanji() == null ? "" : " (" + p.kanji() + ")") + (p.title() == null ? ""
                : ", " + (p.titleOriginal() ? rec(p.title()) : p.title()));
    }
}
