package vn.protocolbrief.ui.brief;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.store.BriefRecordRepository;
import vn.protocolbrief.store.BriefRecordRepository.BriefRecord;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/** The packs made earlier for the chosen pair: listed, opened, printed again, removed when the officer asks. */
public final class PastPacks {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectProperty<SelectedPair> pair;
    private final PackPrinting printing;
    private final ObservableList<BriefRecord> list = FXCollections.observableArrayList();

    PastPacks(Store store, TaskRunner tasks, DialogService dialogs, Messages messages,
              ReadOnlyObjectProperty<SelectedPair> pair, PackPrinting printing) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.pair = pair;
        this.printing = printing;
    }

    public ObservableList<BriefRecord> list() {
        return list;
    }

    public void load() {
        SelectedPair chosen = pair.get();
        if (chosen == null || chosen.partner() == null) {
            list.clear();
            return;
        }
        String p = chosen.provinceId();
        String x = chosen.partnerId();
        tasks.run(() -> store.reads(r -> r.packs(p, x)), list::setAll,
                e -> dialogs.showError(messages.get("error.title"), messages.reason(e)));
    }

    /** A past pack: its file when it is still where it was written. */
    public void open(BriefRecord r, Consumer<Path> open) {
        if (stillThere(r)) {
            open.accept(Path.of(r.file()));
        }
    }

    /** Prints an earlier pack again, saying what happened as the pack just made is printed. */
    public void print(BriefRecord r, Consumer<Path> open) {
        if (stillThere(r)) {
            printing.print(Path.of(r.file()), open);
        }
    }

    /** True when the pack's file is where it was written; otherwise says so. */
    private boolean stillThere(BriefRecord r) {
        if (r.file() == null || !Files.isRegularFile(Path.of(r.file()))) {
            dialogs.showError(messages.get("composer.title"), messages.format("composer.pastMissing",
                    r.file() == null ? "" : r.file()));
            return false;
        }
        return true;
    }

    /**
     * Removes an earlier pack after asking: its file and its line in the list. Only the officer removes a pack; the
     * window never does by itself.
     */
    public void remove(BriefRecord r) {
        String fileName = r.file() == null ? r.id() : Path.of(r.file()).getFileName().toString();
        if (!dialogs.ask(messages.get("composer.removePastTitle"), messages.format("composer.removePastQuestion",
                fileName), messages.get("button.delete"), messages.get("button.keep"), true)) {
            return;
        }
        tasks.run(() -> {
            if (r.file() != null) {
                Files.deleteIfExists(Path.of(r.file()));
            }
            BriefRecordRepository.remove(store, r.id());
            return null;
        }, done -> load(), e -> dialogs.showError(messages.get("composer.failed"), messages.reason(e)));
    }
}
