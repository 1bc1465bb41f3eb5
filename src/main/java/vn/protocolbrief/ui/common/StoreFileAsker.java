package vn.protocolbrief.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks for a store file (*.db): one to open, or the name of a new one; the window's dialogs, a test's answer. */
public interface StoreFileAsker {
    Optional<Path> toOpen(Path folder);

    Optional<Path> toCreate(Path folder);
}
