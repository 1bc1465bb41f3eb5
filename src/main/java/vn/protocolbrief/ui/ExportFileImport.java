package vn.protocolbrief.ui;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.ChangeLabels;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * A double-clicked export file: says what it holds and imports it only when the officer agrees, offering what
 * {@code import-json --reviewed} offers (the officer who read every meeting of the file against its source says so,
 * and those nobody had reviewed are reviewed by them); then says what the import did, as the command line does. The
 * import runs off the FX thread ({@link TaskRunner}) while {@link Progress} shows how far it is.
 */
final class ExportFileImport {
    /** What the window shows while the import runs. */
    interface Progress {
        void progress(int done, int total, String words);

        void close();
    }

    private final Store store;
    private final DialogService dialogs;
    private final Messages m;
    private final TaskRunner tasks;

    ExportFileImport(Store store, DialogService dialogs, Messages messages, TaskRunner tasks) {
        this.store = store;
        this.dialogs = dialogs;
        this.m = messages;
        this.tasks = tasks;
    }

    /** @param shown opens the progress shown while the import runs (null: none); {@code refresh}: after it */
    void offer(Path file, Supplier<Progress> shown, Runnable refresh) {
        Archive archive;
        try (InputStream in = Files.newInputStream(file)) {
            archive = ArchiveJson.read(in, file.getFileName().toString());
        } catch (java.io.IOException | RuntimeException e) {
            dialogs.showError(m.get("import.failed"), m.reason(e));
            return;
        }
        int answer = dialogs.choose(m.get("import.title"), m.format("import.question", file.getFileName(),
                archive.meetings().size(), archive.persons().size(), store.path()) + "\n\n"
                + m.format("import.reviewedExplained", store.actor().name()),
                List.of(m.get("import.actionReviewed"), m.get("import.action"), m.get("button.cancel")));
        if (answer != 0 && answer != 1) {
            return;
        }
        boolean reviewed = answer == 0;
        Progress progress = shown == null ? null : shown.get();
        tasks.run(() -> new ArchiveService(store).importFile(archive, progress == null ? null : (done, total) ->
                        progress.progress(done, total, m.format("import.progress", done, total)), reviewed),
                r -> {
                    close(progress);
                    dialogs.showInformation(m.get("import.title"), said(r));
                    refresh.run();
                },
                e -> {
                    close(progress);
                    dialogs.showError(m.get("import.failed"), m.reason(e));
                });
    }

    /** What the import did, in the window's words (as import-json prints it). */
    private String said(ArchiveService.ImportResult r) {
        StringBuilder out = new StringBuilder(m.format("import.done", r.meetings()));
        if (!r.removed().isEmpty()) {
            out.append("\n").append(m.format("import.doneRemoved", ChangeLabels.removed(m, r.removed())));
        }
        if (r.reviewed() > 0) {
            out.append("\n").append(m.format("import.doneReviewed", r.reviewed()));
        }
        if (r.unreviewed() > 0) {
            out.append("\n").append(m.format("import.doneUnreviewed", r.unreviewed()));
        }
        return out.toString();
    }

    private static void close(Progress progress) {
        if (progress != null) {
            progress.close();
        }
    }
}
