package vn.protocolbrief.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import vn.protocolbrief.store.Store;

/**
 * Which store the window opens at start, decided before the JavaFX toolkit starts so that the two run side by side:
 * the office store given with --db or, without --db, the one it was last connected to (its password from PGPASSWORD
 * or ~/.pgpass); else the store file opened last from the store menu (a travel copy); else this computer's store.
 * A remembered store that no longer opens falls back to the next, and why is kept for the window to say.
 */
public final class StartingStore {
    private final String office;
    private final Path lastFile;
    private final Path local;
    private final Preferences prefs;
    private final boolean creates;
    private volatile RuntimeException officeProblem;
    private volatile RuntimeException lastFileProblem;

    /**
     * @param given       --db as a file, or null
     * @param officeGiven --db as an office's address, or null
     * @param local       this computer's store (the given file, else the user's default store)
     */
    public static StartingStore choose(Path given, String officeGiven, Path local, Preferences prefs) {
        boolean remembering = given == null && officeGiven == null;
        String office = officeGiven != null ? officeGiven
                : remembering ? OfficeAddress.remembered(prefs).map(OfficeAddress::url).orElse(null) : null;
        Path lastFile = remembering && office == null ? LastStoreFile.remembered(prefs).orElse(null) : null;
        return new StartingStore(office, lastFile, local, prefs);
    }

    private StartingStore(String office, Path lastFile, Path local, Preferences prefs) {
        this.office = office;
        this.lastFile = lastFile;
        this.local = local;
        this.prefs = prefs;
        // Asked before the store starts opening, which creates the file.
        this.creates = office == null && !Files.exists(shown());
    }

    /** The store file the starting frame names. */
    public Path shown() {
        return lastFile != null ? lastFile : local;
    }

    /** Whether the store file did not exist before this start (the frame then says it is being created). */
    public boolean creates() {
        return creates;
    }

    /** Opens the chosen store, off the FX thread. */
    public Store open() {
        if (office != null) {
            try {
                return Store.openOffice(office, null);
            } catch (RuntimeException e) {
                officeProblem = e;
            }
        }
        if (lastFile != null) {
            try {
                return Store.openExisting(lastFile);
            } catch (RuntimeException e) {
                lastFileProblem = e;
                LastStoreFile.forget(prefs);
            }
        }
        return Store.open(local);
    }

    /** Why the office store did not open, once (the connect dialog says it). */
    public Optional<RuntimeException> takeOfficeProblem() {
        RuntimeException e = officeProblem;
        officeProblem = null;
        return Optional.ofNullable(e);
    }

    /** Why the store file opened last did not open, once. */
    public Optional<RuntimeException> takeLastFileProblem() {
        RuntimeException e = lastFileProblem;
        lastFileProblem = null;
        return Optional.ofNullable(e);
    }
}
