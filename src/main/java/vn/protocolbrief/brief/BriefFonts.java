package vn.protocolbrief.brief;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled fonts: static TrueType Noto Sans (Latin with Vietnamese) and Noto Sans JP (kanji, kana).
 * TrueType, not the CFF of Debian's CJK fonts, because PDFBox can subset and embed only TrueType.
 */
final class BriefFonts {
    static final String SANS = "Noto Sans";
    static final String JP = "Noto Sans JP";

    /** A font file and the CSS family, weight and style it serves. */
    record Face(String resource, String family, int weight, boolean italic) {
    }

    static final List<Face> FACES = List.of(
            new Face("/assets/fonts/NotoSans_400Regular.ttf", SANS, 400, false),
            new Face("/assets/fonts/NotoSans_700Bold.ttf", SANS, 700, false),
            new Face("/assets/fonts/NotoSans_400Regular_Italic.ttf", SANS, 400, true),
            new Face("/assets/fonts/NotoSansJP_400Regular.ttf", JP, 400, false),
            new Face("/assets/fonts/NotoSansJP_700Bold.ttf", JP, 700, false));

    private BriefFonts() {
    }

    private static final java.util.Map<String, byte[]> BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The font file, read from the jar once (inflating 11 MB of fonts per pack would cost ~100 ms). */
    static InputStream open(String resource) {
        byte[] bytes = BYTES.computeIfAbsent(resource, r -> {
            try (InputStream in = BriefFonts.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled font " + r + " is missing from the application.");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new java.io.ByteArrayInputStream(bytes);
    }

    private static final java.util.Map<String, org.apache.fontbox.ttf.TrueTypeFont> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The font parsed once per run and shared by every pack: parsing Noto Sans JP and building its character map
     * is most of a pack's fixed cost (a tenth of a second cold). Packs are laid out one at a time (PdfWriter).
     */
    static org.apache.fontbox.ttf.TrueTypeFont parsed(Face f) {
        return PARSED.computeIfAbsent(f.resource(), r -> {
            try (InputStream in = open(r)) {
                org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                        .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in.readAllBytes()));
                ttf.getUnicodeCmapLookup(); // the character map, built now rather than in the first pack
                return ttf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A font of a pack's document, embedded as a subset of the glyphs the pack uses. */
    static org.apache.pdfbox.pdmodel.font.PDFont load(org.apache.pdfbox.pdmodel.PDDocument doc, Face f) {
        try {
            return org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, parsed(f), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The width of a text in points set in the bundled Noto Sans (kana and kanji in Noto Sans JP). Noto Sans is
     * wider than Times New Roman, so a column that holds a text in it holds the text in Word's font too.
     */
    /** Word joiner, zero-width space and joiners, byte-order mark: characters no line shows. */
    static boolean zeroWidth(int cp) {
        return cp == 0x2060 || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF;
    }

    static double width(String text, boolean bold, double size) {
        org.apache.fontbox.ttf.TrueTypeFont latin = parsed(FACES.get(bold ? 1 : 0));
        org.apache.fontbox.ttf.TrueTypeFont jp = parsed(FACES.get(bold ? 4 : 3));
        double units = 0;
        try {
            for (int at = 0; at < text.length(); ) {
                int cp = text.codePointAt(at);
                at += Character.charCount(cp);
                if (zeroWidth(cp)) {
                    continue; // a joiner (Unbreakable) takes no room; the fonts' .notdef box would count as wide
                }
                org.apache.fontbox.ttf.TrueTypeFont f = latin;
                int gid = latin.getUnicodeCmapLookup().getGlyphId(cp);
                if (gid == 0) {
                    f = jp;
                    gid = jp.getUnicodeCmapLookup().getGlyphId(cp);
                }
                units += f.getAdvanceWidth(gid) * 1000.0 / f.getUnitsPerEm();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units / 1000.0 * size;
    }
}
