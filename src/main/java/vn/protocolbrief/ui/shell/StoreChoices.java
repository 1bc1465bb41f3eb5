package vn.protocolbrief.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.StoreFileAsker;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The store menu's choices of a store file: open another one (a travel copy, a colleague's export store), one of the
 * recent ones, or a new empty one. Each opens off the FX thread through the same opening code as the command line's
 * {@code --db}; a file that is not a store is refused in one line and the store shown stays open. The file chooser
 * is never pointed at the open store's folder by default (ADR 0023: a file dialog in the window's process reads the
 * folder's files, the store's -wal and -shm included).
 */
public final class StoreChoices {
    static final String RECENT = "recentStores";
    static final String FOLDER = "storeFolder";
    static final int KEPT = 6;

    private final Preferences prefs;
    private final Messages m;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final StoreFileAsker files;
    private final Supplier<Path> shown;
    private final Consumer<Store> switchTo;

    /**
     * @param shown    the file of the store the window shows (null on an office store)
     * @param switchTo shows the opened store in the window (and closes the one it showed)
     */
    public StoreChoices(Preferences prefs, Messages m, DialogService dialogs, TaskRunner tasks, StoreFileAsker files,
                        Supplier<Path> shown, Consumer<Store> switchTo) {
        this.prefs = prefs;
        this.m = m;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.files = files;
        this.shown = shown;
        this.switchTo = switchTo;
    }

    /** "Open store…": a store file chosen by the officer. */
    public void openFile() {
        files.toOpen(startFolder()).ifPresent(this::open);
    }

    /** Opens a store file; a file that is not one is refused, unchanged, and the store shown stays open. */
    public void open(Path file) {
        tasks.run(() -> Store.openExisting(file), opened -> shown(opened, file),
                e -> dialogs.showError(m.get("storeFile.failed"), m.reason(e)));
    }

    /** "New empty store…": a store with the reference lists and no meetings, on a file that does not exist yet. */
    public void createEmpty() {
        files.toCreate(startFolder()).ifPresent(file -> tasks.run(() -> Store.createEmpty(file),
                opened -> shown(opened, file), e -> dialogs.showError(m.get("storeFile.createFailed"), m.reason(e))));
    }

    private void shown(Store opened, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        remember(abs);
        // This store file, not an office store, is the one to go back to at the next start.
        OfficeAddress.forget(prefs);
        LastStoreFile.remember(prefs, abs);
        switchTo.accept(opened);
    }

    /** The store files opened lately that still exist, newest first, without the one shown. */
    public List<Path> recent() {
        Path current = shownFile();
        List<Path> out = new ArrayList<>();
        for (String line : prefs.get(RECENT, "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Path p = Path.of(line);
            if (Files.isRegularFile(p) && !p.equals(current)) {
                out.add(p);
            }
        }
        return out;
    }

    private void remember(Path file) {
        List<String> kept = new ArrayList<>();
        kept.add(file.toString());
        for (String line : prefs.get(RECENT, "").split("\n")) {
            if (!line.isBlank() && !line.equals(file.toString()) && kept.size() < KEPT) {
                kept.add(line);
            }
        }
        prefs.put(RECENT, String.join("\n", kept));
        if (file.getParent() != null) {
            prefs.put(FOLDER, file.getParent().toString());
        }
    }

    /**
     * Where the chooser starts: the folder of the last store file chosen, else Documents, else the home folder — never
     * the folder of the store the window has open (null: the chooser's own default).
     */
    Path startFolder() {
        Path current = shownFile();
        Path openFolder = current == null ? null : current.getParent();
        String home = System.getProperty("user.home");
        List<Path> candidates = new ArrayList<>();
        String last = prefs.get(FOLDER, null);
        if (last != null) {
            candidates.add(Path.of(last));
        }
        candidates.add(Path.of(home, "Documents"));
        candidates.add(Path.of(home));
        for (Path c : candidates) {
            Path abs = c.toAbsolutePath().normalize();
            if (Files.isDirectory(abs) && !abs.equals(openFolder)) {
                return abs;
            }
        }
        return null;
    }

    private Path shownFile() {
        Path p = shown.get();
        return p == null ? null : p.toAbsolutePath().normalize();
    }
}
