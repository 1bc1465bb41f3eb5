package vn.protocolbrief.ui.shell;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.SearchIndex;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.TaskRunner;

/** The window's search box: everything searched while the officer types, and a hit's record shown. */
public final class SearchBox {
    private final Store store;
    private final TaskRunner tasks;
    /** Chooses a pair, {province id, partner id or null}, as the main window's pickers would. */
    private final Consumer<String[]> choosePair;
    private final Consumer<Throwable> failed;
    private final ObservableList<SearchIndex.Hit> hits = FXCollections.observableArrayList();

    SearchBox(Store store, TaskRunner tasks, Consumer<String[]> choosePair, Consumer<Throwable> failed) {
        this.store = store;
        this.tasks = tasks;
        this.choosePair = choosePair;
        this.failed = failed;
    }

    /** Searches everything, diacritics ignored; hits are shown best first. */
    public void search(String text) {
        long asked = ++searches;
        if (text == null || text.isBlank()) {
            hits.clear();
            return;
        }
        // Searched while the officer types: an answer to an earlier text that arrives late is dropped.
        tasks.run(() -> new HistoryService(store).search(text, 20), found -> {
            if (asked == searches) {
                hits.setAll(found);
            }
        }, failed);
    }

    /** How many searches were asked for, on the FX thread; the latest one's answer is the one shown. */
    private long searches;

    public ObservableList<SearchIndex.Hit> hits() {
        return hits;
    }

    /** Shows a meeting (or the meeting of a request) by choosing its province and partner. */
    public void open(SearchIndex.Hit hit) {
        tasks.run(() -> store.reads(r -> r.pairOf(hit.kind(), hit.refId()).orElse(null)), choosePair, failed);
    }
}
