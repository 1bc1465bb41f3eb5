package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.store.ReferenceData;

/**
 * No name the pack's records know is split at a line's end (issue 19): the people of both sides (as written, without
 * diacritics, given name first), the provinces old and new and the prefectures of the reference data, the localities
 * the records name after their unit ("Thành phố Quy Nhơn") — wherever they stand, in a table cell or in running text,
 * in the PDF and in the Word file as LibreOffice lays it out. Read by glyph position: a piece of a line (a table cell's
 * line) ending with the name's first words, and the line below it in the same column starting with the rest.
 */
class NamesOnOneLineTest {
    @RegisterExtension
    static final DemoPacksExtension demo = DemoPacksExtension.planned();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noKnownNameIsSplitAtALineEndInThePdf(String province, String lang) throws IOException {
        var p = demo.packs().pack(province, lang);
        assertThat(splits(p.pdf(), known(p.model()))).as("names split at a line's end in the PDF").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vn.protocolbrief.brief.DemoPacks#demoArguments")
    void noKnownNameIsSplitAtALineEndInTheWordFile(String province, String lang) throws Exception {
        var p = demo.packs().pack(province, lang);
        Assumptions.assumeTrue(demo.packs().word(province, lang) != null, "LibreOffice (soffice) is not installed");
        Path laidOut = demo.dir().resolve("word-pdf").resolve(province + "-" + lang + ".pdf");
        assertThat(Files.exists(laidOut)).isTrue();
        assertThat(splits(laidOut, known(p.model()))).as("names split at a line's end in Word").isEmpty();
    }

    /** The names, folded (lower case, no diacritics), each of two words or more. */
    static List<String> known(BriefModel m) {
        Set<String> names = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        collect(m, names, text);
        if (m.visit().leader() != null) {
            names.add(m.visit().leader().writtenAddress());
        }
        ReferenceData r = ReferenceData.load();
        for (Province x : r.provinces()) {
            names.add(x.nameVi());
            names.add(x.nameEn());
            names.addAll(x.predecessors());
        }
        for (Prefecture x : r.prefectures()) {
            names.add(x.nameVi());
            names.add(x.nameEn());
        }
        Matcher u = Pattern.compile("(?:[Tt]hành phố|TP\\.?|[Đđ]ại học|[Tt]ỉnh) (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2})")
                .matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
        while (u.find()) {
            names.add(u.group(1));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n == null) {
                continue;
            }
            String f = Text.fold(n).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (f.contains(" ")) {
                out.add(f);
                String[] w = f.split(" ");
                if (w.length == 2) {
                    out.add(w[1] + " " + w[0]);
                }
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static void collect(Object o, Set<String> names, StringBuilder text) {
        if (o instanceof BriefModel.PersonItem p) {
            names.add(p.name());
            names.add(p.reading());
        }
        if (o instanceof String s) {
            text.append(s).append('\n');
        } else if (o instanceof Iterable<?> i) {
            i.forEach(x -> collect(x, names, text));
        } else if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r), names, text);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** A piece of one line: glyphs close together on a baseline, from x0 to x1. */
    record Piece(int page, float y, float x0, float x1, float size, String text) {
    }

    /** Each known name split between a piece's end and the start of the piece below it in the same column. */
    static List<String> splits(Path pdf, List<String> names) throws IOException {
        List<Piece> pieces = pieces(pdf);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece a = pieces.get(i);
            Piece b = below(pieces, i);
            if (b == null) {
                continue;
            }
            String end = Text.fold(a.text());
            String start = Text.fold(b.text());
            for (String name : names) {
                String[] w = name.split(" ");
                for (int k = 1; k < w.length; k++) {
                    String head = String.join(" ", List.of(w).subList(0, k));
                    String tail = String.join(" ", List.of(w).subList(k, w.length));
                    if (endsWithWord(end, head) && startsWithWord(start, tail)) {
                        out.add("p" + a.page() + " \"" + a.text() + "\" / \"" + b.text() + "\" (" + name + ")");
                    }
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static boolean endsWithWord(String s, String head) {
        return s.endsWith(head) && (s.length() == head.length() || !Character.isLetterOrDigit(s.charAt(s.length()
                - head.length() - 1)));
    }

    private static boolean startsWithWord(String s, String tail) {
        return s.startsWith(tail) && (s.length() == tail.length() || !Character.isLetterOrDigit(s.charAt(tail.length())));
    }

    /** The next line's piece that starts in the column of piece i. */
    static Piece below(List<Piece> pieces, int i) {
        Piece a = pieces.get(i);
        Float next = null;
        for (int j = i + 1; j < pieces.size(); j++) {
            Piece b = pieces.get(j);
            if (b.page() != a.page() || b.y() > a.y() + 2.5f * a.size()) {
                break;
            }
            if (b.y() <= a.y() + 0.5f * a.size()) {
                continue;
            }
            if (next != null && b.y() > next + 1f) {
                break;
            }
            next = b.y();
            if (b.x0() < a.x1() && b.x0() >= a.x0() - 2f * a.size()) {
                return b;
            }
        }
        return null;
    }

    static List<Piece> pieces(Path pdf) throws IOException {
        return pieces(pdf, 1.2f);
    }

    /** The pieces, a gap wider than {@code gap} font sizes parting two (a table's cells, with less). */
    static List<Piece> pieces(Path pdf, float gap) throws IOException {
        List<Piece> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        glyphs.addAll(positions);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                glyphs.removeIf(t -> t.getUnicode().isBlank());
                glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
                List<List<TextPosition>> lines = new ArrayList<>();
                for (TextPosition t : glyphs) {
                    List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                    if (last != null && Math.abs(last.get(0).getYDirAdj() - t.getYDirAdj()) < 2f) {
                        last.add(t);
                    } else {
                        lines.add(new ArrayList<>(List.of(t)));
                    }
                }
                for (List<TextPosition> line : lines) {
                    line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                    StringBuilder b = new StringBuilder();
                    TextPosition first = null;
                    TextPosition before = null;
                    for (TextPosition t : line) {
                        float space = before == null ? 0 : t.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
                        if (before != null && space > gap * t.getFontSizeInPt()) {
                            out.add(piece(page, first, before, b));
                            b.setLength(0);
                            first = null;
                        } else if (before != null && space > 0.15f * t.getFontSizeInPt()) {
                            b.append(' ');
                        }
                        if (first == null) {
                            first = t;
                        }
                        b.append(t.getUnicode());
                        before = t;
                    }
                    if (first != null) {
                        out.add(piece(page, first, before, b));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Piece::page).thenComparingDouble(Piece::y).thenComparingDouble(Piece::x0));
        return out;
    }

    private static Piece piece(int page, TextPosition first, TextPosition last, StringBuilder text) {
        return new Piece(page, first.getYDirAdj(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                first.getFontSizeInPt(), java.text.Normalizer.normalize(text.toString(), java.text.Normalizer.Form.NFC)
                .replaceAll("\\s+", " ").strip());
    }
}
