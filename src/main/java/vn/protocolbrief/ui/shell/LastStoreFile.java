package vn.protocolbrief.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The store file the window showed last when it was not this computer's own store (a travel copy, a colleague's
 * store opened from the store menu), so that the next start without --db opens it again as a document application
 * reopens its last document. Choosing "This computer's store" or an office store forgets it.
 */
public final class LastStoreFile {
    static final String KEY = "lastStoreFile";

    private LastStoreFile() {
    }

    public static void remember(Preferences prefs, Path file) {
        prefs.put(KEY, file.toAbsolutePath().normalize().toString());
    }

    public static void forget(Preferences prefs) {
        prefs.remove(KEY);
    }

    /** The remembered file while it still exists (a travel copy deleted since is not offered). */
    public static Optional<Path> remembered(Preferences prefs) {
        String line = prefs.get(KEY, "");
        if (line.isBlank()) {
            return Optional.empty();
        }
        Path p = Path.of(line);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
