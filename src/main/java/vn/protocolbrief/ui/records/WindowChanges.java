package vn.protocolbrief.ui.records;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.ChangeLabels;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;
import vn.protocolbrief.ui.records.RecordsViewModel.Kind;
import vn.protocolbrief.ui.records.RecordsViewModel.Selection;

/**
 * The records window's changes: each written off the FX thread and followed by a reload, a refused one explained in
 * the window's language, a save refused as stale resolved with the officer; deleting after asking; Ctrl+Z and the
 * trash.
 */
final class WindowChanges {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final RecordService records;
    private final ReadOnlyObjectProperty<SelectedPair> pair;
    private final Runnable onChanged;
    private final Runnable refresh;
    private final BiConsumer<Kind, String> select;
    /**
     * The record each change made in this window was about, the latest last (null: a new record): Ctrl+Z selects it
     * again. The undo log cannot say it for a request or a gift, whose changes are logged as their meeting's.
     */
    private final java.util.Deque<java.util.Optional<Selection>> changedHere = new java.util.ArrayDeque<>();

    /**
     * @param onChanged told after every save or delete, so the other tables reload
     * @param refresh   reads the pair's records again
     * @param select    shows a record (the one an undo put back)
     */
    WindowChanges(Store store, TaskRunner tasks, DialogService dialogs, Messages messages, RecordService records,
                  ReadOnlyObjectProperty<SelectedPair> pair, Runnable onChanged, Runnable refresh,
                  BiConsumer<Kind, String> select) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
        this.records = records;
        this.pair = pair;
        this.onChanged = onChanged;
        this.refresh = refresh;
        this.select = select;
    }

    /** A checked save; when refused, their version beside the officer's: keep theirs, overwrite, or edit again. */
    void writeChecked(VersionedWrite change, Selection about, Runnable editAgain) {
        write(change, about, e -> {
            if (!(e instanceof vn.protocolbrief.store.StaleEditException stale)) {
                failed(e);
                return;
            }
            SelectedPair chosen = pair.get();
            tasks.run(() -> {
                try {
                    return change.theirs().apply(PairRecords.read(store, chosen));
                } catch (java.util.NoSuchElementException gone) {
                    return m.get("conflict.gone");
                }
            }, theirs -> {
                int answer = dialogs.choose(m.get("conflict.title"), m.format("conflict.message",
                        stale.changedBy() == null ? m.get("conflict.someone") : stale.changedBy(),
                        stale.changedAt() == null ? "" : stale.changedAt().replace('T', ' '), theirs, change.mine()),
                        // The last answer is the safe one (the window closed): their version stays.
                        java.util.List.of(m.get("conflict.editAgain"), m.get("conflict.overwrite"),
                                m.get("conflict.keepTheirs")));
                onChanged.run();
                refresh.run();
                if (answer == 0) {
                    editAgain.run();
                } else if (answer == 1) {
                    write(change.overwrite(), about);
                }
            }, this::failed);
        });
    }

    void deleteAfterAsking(String question, Runnable delete, Selection about) {
        // Destructive: the buttons say what each does, and Enter keeps the record.
        if (dialogs.ask(m.get("rec.deleteTitle"), question, m.get("button.delete"), m.get("button.keep"), true)) {
            write(delete, about);
        }
    }

    /** Writes off the FX thread, then reloads every table; a refused write changes nothing and says why. */
    void write(Runnable change, Selection about) {
        write(change, about, this::failed);
    }

    private void write(Runnable change, Selection about, java.util.function.Consumer<Throwable> refused) {
        tasks.run(() -> {
            change.run();
            return null;
        }, ignored -> {
            changedHere.push(java.util.Optional.ofNullable(about));
            onChanged.run();
            refresh.run();
        }, refused);
    }

    void failed(Throwable e) {
        dialogs.showError(m.get("error.title"), m.reason(e));
        if (e instanceof vn.protocolbrief.store.StaleEditException) {
            // Someone else saved the record meanwhile: show their version (the message says who and when).
            onChanged.run();
            refresh.run();
        }
    }

    /**
     * Ctrl+Z: undoes this window's latest change made by hand (an edit, a new record, a deletion), never another
     * window's or a colleague's, and says which; a change others built on is refused with the reason.
     */
    void undo() {
        tasks.run(() -> records.undoLast(RecordService.UndoScope.SESSION), undone -> {
            if (undone.isEmpty()) {
                dialogs.showInformation(m.get("undo.title"), m.get("undo.nothing"));
                return;
            }
            // The record put back (or as it was before the edit) is the one shown and selected.
            java.util.Optional<Selection> here = changedHere.poll();
            Kind kind = kindOf(undone.get().kind());
            if (here != null && here.isPresent()) {
                select.accept(here.get().kind(), here.get().id());
            } else if (here == null && kind != null && !"create".equals(undone.get().action())) {
                select.accept(kind, undone.get().refId());
            }
            onChanged.run();
            refresh.run();
            dialogs.showInformation(m.get("undo.title"), m.format("undo.done", m.get("undo." + undone.get().action()),
                    ChangeLabels.said(m, undone.get().label())));
        }, this::failed);
    }

    /** The kind of row a logged change is about ("meeting", "request", "key_figure"…), null when none shows it. */
    static Kind kindOf(String logged) {
        return switch (logged == null ? "" : logged) {
            case "meeting" -> Kind.MEETING;
            case "request" -> Kind.REQUEST;
            case "gift" -> Kind.GIFT;
            case "agreement" -> Kind.AGREEMENT;
            case "aid", "aid_project" -> Kind.AID;
            case "person" -> Kind.PERSON;
            case "key_figure", "figure" -> Kind.FIGURE;
            case "link", "partner_link" -> Kind.LINK;
            case "sensitivity" -> Kind.SENSITIVITY;
            case "partner" -> Kind.PARTNER;
            default -> null;
        };
    }

    /** The deleted records, the latest first. */
    java.util.List<RecordService.Change> trash() {
        return records.trash();
    }

    /** Puts a deleted record back. */
    void restore(RecordService.Change deleted) {
        tasks.run(() -> records.undo(deleted.id()), c -> {
            onChanged.run();
            refresh.run();
            dialogs.showInformation(m.get("trash.title"), m.format("trash.restored", c.label()));
        }, this::failed);
    }
}
