package vn.protocolbrief.ui.shell;

import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The main window's state: the chosen province and partner (remembered between runs), their meeting
 * history and their requests. All store work goes through the task runner.
 */
public final class MainViewModel {
    static final String PREF_PROVINCE = "province";
    static final String PREF_PARTNER = "partner";

    /** A meeting as the history table shows it. */
    public record MeetingRow(String id, String date, String provinceAsWritten, String partner, String leader,
                             String title) {
    }

    /** A request as the requests table shows it; {@code categoryIds} serve the filter. */
    public record RequestRow(String id, String date, String direction, String categories, String text,
                             RequestStatus status, List<String> categoryIds) {
    }

    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Preferences prefs;
    private final ObservableList<Province> provinces = FXCollections.observableArrayList();
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObjectProperty<Partner> partner = new SimpleObjectProperty<>();
    private final ObservableList<MeetingRow> meetings = FXCollections.observableArrayList();
    private final RequestFilters requests = new RequestFilters();
    private final RecentPairs recent;
    private final PairHistoryRows rows;
    private final DemoNote demoNote;
    private final CatalogNames names;
    private final SearchBox searchBox;
    private final RequestStatusChange statusChange;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<SelectedPair> pair =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    public MainViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages, Preferences prefs) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.prefs = prefs;
        this.recent = new RecentPairs(prefs, messages, provinces, partners);
        this.rows = new PairHistoryRows(store, messages);
        this.demoNote = new DemoNote(prefs);
        this.names = new CatalogNames(messages);
        this.searchBox = new SearchBox(store, tasks, this::choose, this::failed);
        this.statusChange = new RequestStatusChange(store, tasks, dialogs, messages, () -> {
            refresh();
            changed.run();
        }, this::failed);
        province.addListener((o, a, b) -> selectionChanged());
        partner.addListener((o, a, b) -> selectionChanged());
    }

    /** The request categories and the names the pickers resolve, as last read from the store's catalog. */
    public CatalogNames names() {
        return names;
    }

    /** What the window needs first: the pickers' lists and the remembered pair's rows, read in one go. */
    private record Start(List<Province> provinces, List<Partner> partners, List<RequestCategory> categories,
                         Province province, Partner partner, PairHistoryRows.Rows rows,
                         int samples) {
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper opening =
            new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    /** True until the store has answered the window's first question: the tables say so instead of "nothing yet". */
    public javafx.beans.property.ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Loads the pickers and restores the last choice (Phú Thọ and the Embassy the first time). */
    public void load() {
        String rememberedProvince = prefs.get(PREF_PROVINCE, "phu-tho");
        String rememberedPartner = prefs.get(PREF_PARTNER, "embassy-of-japan");
        tasks.run(() -> {
            Catalog catalog = new Catalog(store);
            List<Province> p = names.readProvinces(catalog);
            List<Partner> x = sorted(names.readPartners(catalog));
            List<RequestCategory> c = catalog.categories();
            Province chosenProvince = p.stream().filter(q -> q.id().equals(rememberedProvince)).findFirst().orElse(p.get(0));
            Partner chosenPartner = x.stream().filter(q -> q.id().equals(rememberedPartner)).findFirst().orElse(null);
            return new Start(p, x, c, chosenProvince, chosenPartner, rows.read(chosenProvince.id(),
                    chosenPartner == null ? null : chosenPartner.id(), c, x), DemoNote.samplesOnly(store));
        }, start -> {
            opening.set(false);
            names.categories().setAll(start.categories());
            provinces.setAll(start.provinces());
            partners.setAll(start.partners());
            // The rows came with the lists: choosing the pair must not read them a second time.
            restoring = true;
            partner.set(start.partner());
            province.set(start.province());
            restoring = false;
            show(start.rows());
            recent.load();
            recent.settled(start.province(), start.partner());
            demoNote.storeRead(start.samples());
            announce();
        }, e -> {
            opening.set(false);
            failed(e);
        });
    }

    private boolean restoring;

    /** The pairs looked at lately, the latest first (remembered between sessions). */
    public ObservableList<RecentPairs.RecentPair> recentPairs() {
        return recent.list();
    }

    /** Shows a recent pair. */
    public void choose(RecentPairs.RecentPair r) {
        provinces.stream().filter(p -> p.id().equals(r.provinceId())).findFirst().ifPresent(p -> {
            Partner x = r.partnerId() == null ? null
                    : partners.stream().filter(q -> q.id().equals(r.partnerId())).findFirst().orElse(null);
            restoring = true;
            partner.set(x);
            province.set(p);
            restoring = false;
            // A whole pair chosen at once: the officer means it.
            recent.settled(p, x);
            selectionChanged();
        });
    }

    /** The note that the store holds only the sample meetings. */
    public DemoNote demoNote() {
        return demoNote;
    }

    private void selectionChanged() {
        Province p = province.get();
        if (p == null) {
            return;
        }
        Partner x = partner.get();
        try {
            prefs.put(PREF_PROVINCE, p.id());
            if (x == null) {
                prefs.remove(PREF_PARTNER);
            } else {
                prefs.put(PREF_PARTNER, x.id());
            }
        } catch (IllegalStateException e) {
            // Preferences gone (a test's node removed, a profile reset): the choice is just not remembered.
        }
        if (!restoring) {
            recent.shownSince(p, x);
        }
        if (!restoring) {
            // Another pair: its requests are shown whole; a filter left on would hide them without a word.
            requests.clear();
            refresh();
            announce();
        }
    }

    /** Tells the other screens the pair, as a new value each time (they reload even when it is the same pair). */
    private void announce() {
        pair.set(new SelectedPair(province.get(), partner.get()));
    }

    /**
     * The pair, announced once per change; listen for invalidation, which fires for every announcement (a saved
     * article in the pair already shown included).
     */
    public javafx.beans.property.ReadOnlyObjectProperty<SelectedPair> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    /** Reloads the history and the requests of the chosen pair. */
    public void refresh() {
        read(false);
    }

    /**
     * Reads again what the window shows (F5, the window brought to the front): other officers, or the command line,
     * may have written to the store since — a partner added, articles imported. The pair shown stays chosen; the
     * other screens are told (see {@link #onStoreReadAgain}).
     */
    public void readStoreAgain() {
        read(true);
    }

    /** What the store holds now: the partners (read again, or as they were), the pair's rows, the samples. */
    private record Read(List<Partner> partners, PairHistoryRows.Rows rows, int samples) {
    }

    private void read(boolean everything) {
        Province p = province.get();
        if (p == null) {
            return;
        }
        String partnerId = partner.get() == null ? null : partner.get().id();
        List<RequestCategory> c = List.copyOf(names.categories());
        List<Partner> known = List.copyOf(partners);
        // Only while the sample note is up is it asked again whether the samples are all there is (an import).
        boolean noteShown = demoNote.shownProperty().get();
        tasks.run(() -> {
            List<Partner> x = everything ? sorted(names.readPartners(new Catalog(store))) : known;
            return new Read(x, rows.read(p.id(), partnerId, c, x), noteShown ? DemoNote.samplesOnly(store) : 0);
        }, read -> {
            if (everything && !read.partners().equals(partners)) {
                Partner chosen = partner.get();
                restoring = true;
                partners.setAll(read.partners());
                partner.set(chosen == null ? null : partners.stream().filter(q -> q.id().equals(chosen.id()))
                        .findFirst().orElse(null));
                restoring = false;
            }
            show(read.rows());
            if (noteShown) {
                demoNote.storeRead(read.samples());
            }
            if (everything) {
                readAgain.run();
            }
        }, this::failed);
    }

    private Runnable readAgain = () -> { };

    /** Told when the store was read again for the officer: the other screens read what they show again too. */
    public void onStoreReadAgain(Runnable listener) {
        this.readAgain = listener;
    }

    private void show(PairHistoryRows.Rows rows) {
        meetings.setAll(rows.meetings());
        requests.setAll(rows.requests());
        summary.set(messages.format("count.meetings", rows.meetings().size()));
    }

    /** The search box: its hits, and a hit's meeting shown by choosing its pair. */
    public SearchBox searchBox() {
        return searchBox;
    }

    /**
     * Shows the meeting a source (an article) was recorded in: its pair is chosen and {@code meetingFound} told the
     * meeting's id so the record is shown; a source no meeting cites is said in words.
     */
    public void openSource(String sourceId, java.util.function.Consumer<String> meetingFound) {
        tasks.run(() -> store.reads(r -> r.meetingCiting(sourceId).orElse(null)), found -> {
            if (found == null) {
                dialogs.showInformation(messages.get("kind.source"), messages.get("search.sourceUncited"));
                return;
            }
            meetingFound.accept(found[0]);
            choose(new String[]{found[1], found[2]});
        }, this::failed);
    }

    /**
     * Shows a meeting that was just imported: reloads the partners (the article may have added one), then
     * chooses the meeting's province and partner, which reloads the history.
     */
    public void showMeeting(String meetingId) {
        tasks.run(() -> {
            List<Partner> all = names.readPartners(new Catalog(store));
            String[] pair = store.reads(r -> r.pairOf(vn.protocolbrief.store.SearchIndex.Kind.MEETING, meetingId)
                    .orElse(null));
            return Map.entry(all, pair == null ? new String[0] : pair);
        }, result -> {
            if (result.getKey().size() != partners.size()) {
                Partner chosen = partner.get();
                partners.setAll(sorted(result.getKey()));
                partner.set(chosen == null ? null : partners.stream().filter(p -> p.id().equals(chosen.id()))
                        .findFirst().orElse(null));
            }
            choose(result.getValue().length == 2 ? result.getValue() : new String[]{province.get().id(),
                    partner.get() == null ? null : partner.get().id()});
        }, this::failed);
    }

    private void choose(String[] pair) {
        if (pair == null) {
            return;
        }
        // Both at once, one read: the history of a half-changed pair is never loaded.
        restoring = true;
        provinces.stream().filter(p -> p.id().equals(pair[0])).findFirst().ifPresent(province::set);
        partner.set(partners.stream().filter(p -> p.id().equals(pair[1])).findFirst().orElse(null));
        restoring = false;
        if (province.get() != null) {
            recent.settled(province.get(), partner.get());
        }
        refresh();
        announce();
    }

    private static List<Partner> sorted(List<Partner> all) {
        return all.stream().sorted(vn.protocolbrief.ui.common.Pickers.partnerOrder("vi")).toList();
    }

    /** A request's status changed with the dated note that explains it (the requests table's form). */
    public RequestStatusChange statusChange() {
        return statusChange;
    }

    private Runnable changed = () -> { };

    /** Told after this view-model wrote (a status changed): the other screens reload what they show. */
    public void onChanged(Runnable listener) {
        this.changed = listener;
    }

    private void failed(Throwable e) {
        dialogs.showError(messages.get("error.title"), messages.format("error.load", messages.reason(e)));
    }

    public ObservableList<Province> provinces() {
        return provinces;
    }

    public ObservableList<Partner> partners() {
        return partners;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public ObjectProperty<Partner> partnerProperty() {
        return partner;
    }

    public ObservableList<MeetingRow> meetings() {
        return meetings;
    }

    /** The requests shown: those the {@link #requestFilters() filters} let through. */
    public ObservableList<RequestRow> requests() {
        return requests.shown();
    }

    public RequestFilters requestFilters() {
        return requests;
    }

    /** Which store the window shows ("Kho: /home/…/protocol-brief.db"). */
    public String storeDescription() {
        return messages.format("store.label", store.location());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
