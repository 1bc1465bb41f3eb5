package vn.protocolbrief.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * Opens a file in the system's viewer off the window's thread (the platform's call may take seconds or fail
 * silently); when the file is gone or nothing opens it, says so in words, with the file's path.
 */
public final class FileOpener {
    /** What opens a file: the desktop's viewer in the application, a stand-in in tests. */
    public interface Opener {
        void open(Path file) throws Exception;
    }

    private final DialogService dialogs;
    private final Messages messages;
    private final Opener opener;

    public FileOpener(DialogService dialogs, Messages messages, Opener opener) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.opener = opener;
    }

    public void open(Path file) {
        Thread t = new Thread(() -> {
            String reason = null;
            if (!Files.isRegularFile(file)) {
                reason = messages.get("open.missing");
            } else {
                try {
                    opener.open(file);
                } catch (Exception | Error e) {
                    reason = e.getMessage() == null || e.getMessage().startsWith("Failed to show URI")
                            // The desktop's own English words ("Failed to show URI:file:/tmp/…"), said in ours.
                            ? messages.get("open.noViewer") : e.getMessage();
                }
            }
            if (reason != null) {
                String why = reason;
                Platform.runLater(() -> dialogs.showError(messages.get("open.failed"),
                        messages.format("open.failedDetail", file, why)));
            }
        }, "open-file");
        t.setDaemon(true);
        t.start();
    }
}
