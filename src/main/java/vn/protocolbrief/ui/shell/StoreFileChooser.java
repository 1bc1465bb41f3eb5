package vn.protocolbrief.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import vn.protocolbrief.ui.common.Choosers;
import vn.protocolbrief.ui.common.Messages;

/** The window's file chooser for store files (*.db): one to open, or the name of a new one. */
public final class StoreFileChooser implements StoreChoices.FileAsker {
    private final Window owner;
    private final Messages m;

    public StoreFileChooser(Window owner, Messages m) {
        this.owner = owner;
        this.m = m;
    }

    @Override
    public Optional<Path> toOpen(Path folder) {
        return path(new Choosers(m).storeFile(folder).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> toCreate(Path folder) {
        var chooser = new Choosers(m).storeFile(folder);
        chooser.setTitle(m.get("chooser.newStore"));
        chooser.setInitialFileName(m.get("chooser.newStoreName"));
        File f = chooser.showSaveDialog(owner);
        // A name typed without the extension still makes a store file the Open chooser lists.
        return path(f == null || f.getName().contains(".") ? f : new File(f.getParentFile(), f.getName() + ".db"));
    }

    private static Optional<Path> path(File f) {
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }
}
