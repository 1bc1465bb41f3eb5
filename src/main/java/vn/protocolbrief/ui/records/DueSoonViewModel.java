package vn.protocolbrief.ui.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.service.DueService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.EnglishShown;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * "Due soon": what either side owes, from the same list as the command line's {@code due}. On start, every pair's
 * commitments due within {@link #SOON_DAYS} days or overdue; on the pair's page, everything the pair still owes.
 */
public final class DueSoonViewModel {
    public static final int SOON_DAYS = 60;
    private final Store store;
    private final TaskRunner tasks;
    private final Messages m;
    private final ReadOnlyObjectProperty<SelectedPair> pair;
    private final Clock clock;
    private final ObservableList<Line> soon = FXCollections.observableArrayList();
    private final ObservableList<Line> ofPair = FXCollections.observableArrayList();

    /** One thing owed as the window shows it; {@code overdue} marks it. */
    public record Line(String id, boolean overdue, String text) {
    }

    public DueSoonViewModel(Store store, TaskRunner tasks, Messages messages, ReadOnlyObjectProperty<SelectedPair> pair,
                            Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.m = messages;
        this.pair = pair;
        this.clock = clock;
        pair.addListener(o -> refresh());
    }

    /** Reads both lists again (on start, when the pair changes, after a change to the records). */
    public void refresh() {
        SelectedPair p = pair.get();
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> {
            DueService due = new DueService(store);
            List<DueService.DueItem> all = due.due(null, null, SOON_DAYS, today);
            List<DueService.DueItem> mine = p == null || p.partner() == null ? List.of()
                    : due.due(p.provinceId(), p.partnerId(), null, today);
            Map<String, Partner> partners = store.reads(r -> r.partnersById());
            // The request's text as the Requests list shows it: English where the officer rendered it.
            EnglishShown shown = store.reads(r -> EnglishShown.read(r, m.lang()));
            return List.of(all.stream().map(d -> line(d, partners, shown, true)).toList(),
                    mine.stream().map(d -> line(d, partners, shown, false)).toList());
        }, lists -> {
            soon.setAll(lists.get(0));
            ofPair.setAll(lists.get(1));
        }, e -> soon.clear());
    }

    private Line line(DueService.DueItem d, Map<String, Partner> partners, EnglishShown shown, boolean withPair) {
        String when = d.due().known() ? DateField.format(d.due(), m.lang()) : m.get("due.noDate");
        String who = "jp".equals(d.side()) ? m.get("due.side.jp") : m.get("due.side.vn");
        Partner partner = partners.get(d.partnerId());
        String where = withPair && partner != null ? " — " + partner.name(m.lang()) : "";
        String by = d.followedBy() == null ? "" : " · " + m.format("due.followedBy", d.followedBy());
        String kind = "request".equals(d.kind()) ? m.get("due.request") : m.get("due.commitment");
        return new Line(d.id(), d.overdue(), (d.overdue() ? m.get("due.overdue") + " · " : "") + when + " · " + kind
                + " · " + who + ": " + shown.apply(d.text()) + where + by);
    }

    public ObservableList<Line> soon() {
        return soon;
    }

    public ObservableList<Line> ofPair() {
        return ofPair;
    }
}
