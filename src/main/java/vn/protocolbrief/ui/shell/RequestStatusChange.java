package vn.protocolbrief.ui.shell;

import java.util.function.Consumer;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.TaskRunner;

/** A request's status changed from the requests table, with the dated note that explains it. */
public final class RequestStatusChange {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    /** Run on the FX thread once the status is written: the window reloads what it shows. */
    private final Runnable written;
    private final Consumer<Throwable> failed;

    RequestStatusChange(Store store, TaskRunner tasks, DialogService dialogs, Messages messages, Runnable written,
                        Consumer<Throwable> failed) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.written = written;
        this.failed = failed;
    }

    /** Sets a request's status with the dated note that explains it; a note is required. */
    public void change(MainViewModel.RequestRow row, RequestStatus status, PartialDate date, String note) {
        if (note == null || note.isBlank()) {
            dialogs.showError(messages.get("error.title"), messages.get("error.noteRequired"));
            return;
        }
        tasks.run(() -> {
            new RecordService(store).followUp(row.id(), new FollowUp(
                    date == null ? PartialDate.UNKNOWN : date, status, note, null));
            return null;
        }, ignored -> written.run(), failed);
    }
}
