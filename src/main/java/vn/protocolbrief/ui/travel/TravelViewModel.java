package vn.protocolbrief.ui.travel;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.TravelLedger;
import vn.protocolbrief.travel.ConflictLines;
import vn.protocolbrief.travel.TravelService;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * A travel copy's screen: which office it came from and when it was last synced, a sync, and the records changed on
 * both sides with both versions, each resolved by keeping the officer's version or the office's.
 */
public final class TravelViewModel {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final TravelService travel = new TravelService(location -> Store.open(location, false));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<TravelLedger.Conflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<TravelLedger.Conflict> selected = new SimpleObjectProperty<>();
    private final ObservableList<ConflictLines.Difference> differences = FXCollections.observableArrayList();
    private Runnable onChanged = () -> { };

    public TravelViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        ConflictWords words = new ConflictWords(messages);
        selected.addListener((o, was, now) -> differences.setAll(now == null ? List.of()
                : ConflictLines.differences(now).stream().map(d -> words.difference(now, d)).toList()));
    }

    /** Whether the store open is a travel copy (the screen is shown only then). */
    public boolean isTravelCopy() {
        return travel.status(store).isPresent();
    }

    /** Told after a sync or a resolution changed records. */
    public void onChanged(Runnable listener) {
        this.onChanged = listener;
    }

    public void refresh() {
        tasks.run(() -> new Object[]{travel.status(store).orElse(null), travel.conflicts(store)}, loaded -> {
            TravelService.Status s = (TravelService.Status) loaded[0];
            @SuppressWarnings("unchecked")
            List<TravelLedger.Conflict> list = (List<TravelLedger.Conflict>) loaded[1];
            status.set(s == null ? "" : messages.format("travel.status", s.office(), s.takenAt().replace('T', ' '),
                    s.lastSyncAt() == null ? messages.get("travel.never") : s.lastSyncAt().replace('T', ' ')));
            conflicts.setAll(list);
            count.set(list.size());
            selected.set(list.isEmpty() ? null : list.get(0));
        }, this::failed);
    }

    public void sync() {
        tasks.run(() -> travel.sync(store, (String) null), r -> {
            dialogs.showInformation(messages.get("travel.title"), messages.format("travel.synced", r.sent(),
                    r.received(), r.conflicts()));
            onChanged.run();
            refresh();
        }, this::failed);
    }

    public void keepMine() {
        resolve(TravelLedger.Keep.MINE);
    }

    public void keepOffice() {
        resolve(TravelLedger.Keep.OFFICE);
    }

    private void resolve(TravelLedger.Keep keep) {
        TravelLedger.Conflict c = selected.get();
        if (c == null) {
            return;
        }
        tasks.run(() -> travel.resolve(store, c.id(), keep), done -> {
            onChanged.run();
            refresh();
        }, this::failed);
    }

    private void failed(Throwable e) {
        dialogs.showError(messages.get("travel.title"), messages.reason(e));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObservableList<TravelLedger.Conflict> conflicts() {
        return conflicts;
    }

    public ObjectProperty<TravelLedger.Conflict> selectedProperty() {
        return selected;
    }

    public ObservableList<ConflictLines.Difference> differences() {
        return differences;
    }
}
