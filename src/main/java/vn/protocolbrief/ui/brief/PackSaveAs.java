package vn.protocolbrief.ui.brief;

import java.nio.file.Path;
import java.time.Clock;
import vn.protocolbrief.brief.BriefModel;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;

/** "Save as…": the rendered pack copied, or written as a Word document, where the officer chose, said in words. */
final class PackSaveAs {
    private final Store store;
    private final Clock clock;
    private final DialogService dialogs;
    private final Messages messages;
    private final PackFiles files;

    PackSaveAs(Store store, Clock clock, DialogService dialogs, Messages messages, PackFiles files) {
        this.store = store;
        this.clock = clock;
        this.dialogs = dialogs;
        this.messages = messages;
        this.files = files;
    }

    /** Writes the pack's model as a Word document at {@code target} (the same parts as the PDF). */
    void saveAsWord(BriefModel model, Path target) {
        if (model == null || target == null) {
            return;
        }
        try {
            PackFiles.writeWord(new BriefService(store, clock).docx(model), target);
            // Where it went, in full: the chooser may have added ".docx" or a folder the officer did not look at.
            dialogs.showInformation(messages.get("composer.wordTitle"), messages.format("composer.savedWord",
                    target.toAbsolutePath()));
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("composer.failed"), messages.format("composer.cannotSave", target,
                    messages.reason(e)));
        }
    }

    /** Copies the rendered pack {@code current} to {@code target}. */
    void saveAs(Path current, Path target) {
        if (current == null || target == null) {
            return;
        }
        try {
            files.copy(current, target);
            dialogs.showInformation(messages.get("composer.title"), messages.format("composer.saved", target));
        } catch (StoreException e) {
            dialogs.showError(messages.get("composer.failed"), messages.format("composer.cannotSave", target,
                    messages.reason(e)));
        }
    }
}
