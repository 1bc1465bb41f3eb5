package vn.protocolbrief.ui.brief;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/** The chosen pair's visits as the composer's list shows them, read from the store and kept as visits are saved. */
final class PairVisits {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<Visit> visits = FXCollections.observableArrayList();
    /**
     * True while the list of visits is being replaced or updated: a list control showing it may then report a
     * selection it made up itself (none, or the visit now at the old index), which is not the officer's choice.
     */
    private boolean visitsChanging;

    PairVisits(Store store, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    ObservableList<Visit> list() {
        return visits;
    }

    /**
     * The pair's visits, the next one chosen (or a new one dated from the pair's last choice); the partner's people
     * the store knows go to {@code partnerPeople}.
     */
    void load(SelectedPair p, ObservableList<String> partnerPeople, Consumer<Visit> choose) {
        if (p == null || p.partner() == null) {
            visits.clear();
            choose.accept(null);
            return;
        }
        String province = p.provinceId();
        String partner = p.partnerId();
        tasks.run(() -> new Object[]{new VisitService(store).list(province, partner), peopleOf(partner)}, result -> {
            @SuppressWarnings("unchecked") List<Visit> found = (List<Visit>) result[0];
            @SuppressWarnings("unchecked") List<String> people = (List<String>) result[1];
            changeVisits(() -> visits.setAll(found));
            partnerPeople.setAll(people);
            String today = LocalDate.now(clock).toString();
            Visit next = found.stream().filter(v -> v.date().known() && v.date().iso().compareTo(today.substring(0,
                    v.date().iso().length())) >= 0).reduce((a, b) -> b).orElse(found.isEmpty() ? null : found.get(0));
            choose.accept(next);
        }, e -> dialogs.showError(messages.get("error.title"), messages.reason(e)));
    }

    /** The people of the partner's side the store knows: suggestions for the head of delegation and members. */
    private List<String> peopleOf(String partnerId) {
        return store.reads(r -> r.personsOfPartner(partnerId)).stream().map(Person::protocolName).toList();
    }

    /** A visit just saved: put at the top of the list when new, in its place otherwise. */
    void saved(Visit saved) {
        changeVisits(() -> {
            if (visits.stream().noneMatch(x -> x.id().equals(saved.id()))) {
                visits.add(0, saved);
            } else {
                visits.replaceAll(x -> x.id().equals(saved.id()) ? saved : x);
            }
        });
    }

    private void changeVisits(Runnable change) {
        visitsChanging = true;
        try {
            change.run();
        } finally {
            visitsChanging = false;
        }
    }

    /** Whether the list of visits is being changed by this model (a selection reported meanwhile is not a choice). */
    boolean changing() {
        return visitsChanging;
    }
}
