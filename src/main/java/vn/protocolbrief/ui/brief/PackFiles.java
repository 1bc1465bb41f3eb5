package vn.protocolbrief.ui.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreLocation;
import vn.protocolbrief.store.TempFiles;
import vn.protocolbrief.ui.common.SelectedPair;

/**
 * Where packs are written: a pack the officer made is a document of the office, kept in the "packs" folder beside
 * the store (never a temporary file), named after the pair and the visit's date; copies go where the officer chooses.
 */
final class PackFiles {
    private final Store store;

    PackFiles(Store store) {
        this.store = store;
    }

    /** A new pack's file; an earlier pack of the same name is kept: the new one is numbered. */
    Path newPackFile(String name) throws IOException {
        Path folder = packsFolder();
        Files.createDirectories(folder);
        String stem = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        Path out = folder.resolve(stem + ".pdf");
        for (int n = 2; Files.exists(out); n++) {
            out = folder.resolve(stem + "-" + n + ".pdf");
        }
        return out;
    }

    /** The folder of the packs made from this store: "packs" beside the store's file (an office store: the default one's). */
    Path packsFolder() {
        Path db = (store.path() != null ? store.path() : StoreLocation.defaultStore()).toAbsolutePath();
        return db.getParent().resolve("packs");
    }

    /** "ho-so-phu-tho-dai-su-quan-nhat-ban-2026-12-03.pdf": province, partner and the visit's date. */
    static String fileName(SelectedPair shown, PartialDate visitDate, String lang) {
        String when = visitDate != null && visitDate.known() ? "-" + visitDate.iso() : "";
        String prefix = "en".equals(lang) ? "brief-" : "ho-so-";
        return prefix + slug(shown.province().nameVi()) + "-" + slug(shown.partner().nameVi()) + when + ".pdf";
    }

    private static String slug(String s) {
        return Text.fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Copies a rendered pack; written as the command line writes a pack: never onto the store, never through a planted link. */
    void copy(Path pack, Path target) {
        TempFiles.writeWhole(target, store.path(), ".brief-", os -> Files.copy(pack, os));
    }

    /** Writes a Word document whole, or not at all. */
    static void writeWord(byte[] docx, Path target) {
        TempFiles.writeWhole(target, ".docx-", os -> os.write(docx));
    }
}
