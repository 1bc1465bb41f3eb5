package vn.protocolbrief.ui.brief;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.brief.BriefModel;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.domain.VisitOutcome;
import vn.protocolbrief.ingest.RequestCategories;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.service.VisitOutcomeService;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.Messages;

/**
 * "Record what happened" for a visit: the visit as planned (read-only), the points the pack proposed offered as
 * requests to tick, requests both ways, commitments with due date and who follows them up, agreements, gifts and
 * the outcome. Saves through the same service as {@code visit done}.
 */
public final class VisitOutcomeViewModel {
    private final Store store;
    private final Messages m;
    private final Clock clock;
    private final String visitId;
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final StringProperty ourRequests = new SimpleStringProperty("");
    private final StringProperty theirRequests = new SimpleStringProperty("");
    private final ObservableList<CommitmentRow> commitments = FXCollections.observableArrayList();
    private final StringProperty agreements = new SimpleStringProperty("");
    private final StringProperty ourGifts = new SimpleStringProperty("");
    private final StringProperty theirGifts = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    /** A point the pack proposed (ours) or expected the guests to raise (theirs), offered as a request. */
    public record Candidate(Side side, String text, List<String> categories, BooleanProperty ticked) {
    }

    /** A commitment as typed: whose (VN or JP), what, by when (day first), who on our side follows it up. */
    public record CommitmentRow(StringProperty side, StringProperty text, StringProperty due, StringProperty followedBy) {
        public CommitmentRow() {
            this(new SimpleStringProperty("JP"), new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleStringProperty(""));
        }
    }

    public VisitOutcomeViewModel(Store store, Messages messages, String visitId, Clock clock) {
        this.store = store;
        this.m = messages;
        this.visitId = visitId;
        this.clock = clock;
    }

    /** Reads the visit and the points its pack proposes (derived from the records, as the pack prints them). */
    public void load() {
        Visit v = store.reads(r -> r.visit(visitId)).orElseThrow(() -> new StoreException("No visit " + visitId));
        Map<String, Person> persons = store.reads(r -> r.personsById());
        List<String> lines = new ArrayList<>();
        lines.add(m.format("outcome.when", v.date().known() ? DateField.format(v.date(), m.lang()) : "—",
                v.venue() == null ? "—" : v.venue()));
        List<String> guests = new ArrayList<>();
        if (v.leader() != null) {
            guests.add(name(v.leader(), persons));
        }
        v.members().forEach(a -> guests.add(name(a, persons)));
        lines.add(m.format("outcome.delegation", guests.isEmpty() ? "—" : String.join("; ", guests)));
        lines.add(m.format("outcome.hosts", v.hosts().isEmpty() ? "—"
                : String.join("; ", v.hosts().stream().map(a -> name(a, persons)).toList())));
        v.programme().forEach(p -> lines.add(m.format("outcome.programme", (p.time() == null ? "" : p.time() + " ")
                + p.item())));
        summary.set(String.join("\n", lines));
        candidates.clear();
        try {
            BriefModel model = new BriefService(store, clock).assemble(BriefRequest.forVisit(visitId, m.lang(), null,
                    null));
            for (BriefModel.TalkingPoint p : model.talkingPoints()) {
                if (p.kind().equals("proposal") || p.kind().equals("raise")) {
                    candidates.add(new Candidate(p.kind().equals("proposal") ? Side.VN : Side.JP, p.text(), List.of(),
                            new SimpleBooleanProperty(false)));
                }
            }
        } catch (RuntimeException e) {
            // No pack can be made (a partner with nothing recorded): nothing to offer, the fields still work.
            candidates.clear();
        }
    }

    private static String name(Visit.Attendee a, Map<String, Person> persons) {
        Person p = a.personId() == null ? null : persons.get(a.personId());
        String n = p != null ? p.protocolName() : a.name();
        return a.title() == null ? n : n + ", " + a.title();
    }

    public CommitmentRow addCommitment() {
        CommitmentRow row = new CommitmentRow();
        commitments.add(row);
        return row;
    }

    /** Saves what was entered; the new meeting's id, or empty with {@link #errorProperty()} saying why in a line. */
    public Optional<String> save() {
        error.set("");
        try {
            List<VisitOutcome.Asked> asked = new ArrayList<>();
            candidates.stream().filter(c -> c.ticked().get())
                    .forEach(c -> asked.add(new VisitOutcome.Asked(c.side(), c.text(), c.categories())));
            lines(ourRequests.get()).forEach(t -> asked.add(VisitOutcome.asked(Side.VN, t)));
            lines(theirRequests.get()).forEach(t -> asked.add(VisitOutcome.asked(Side.JP, t)));
            List<VisitOutcome.Promise> promised = new ArrayList<>();
            for (CommitmentRow c : commitments) {
                if (c.text().get() == null || c.text().get().isBlank()) {
                    continue;
                }
                PartialDate due = DateInput.parse(c.due().get());
                promised.add(new VisitOutcome.Promise("VN".equals(c.side().get()) ? Side.VN : Side.JP, c.text().get(),
                        due, c.followedBy().get()));
            }
            List<VisitOutcome.Given> gifts = new ArrayList<>();
            lines(ourGifts.get()).forEach(t -> gifts.add(new VisitOutcome.Given(Side.VN, t)));
            lines(theirGifts.get()).forEach(t -> gifts.add(new VisitOutcome.Given(Side.JP, t)));
            VisitOutcome what = new RequestCategories().filed(new VisitOutcome(visitId, asked, promised,
                    lines(agreements.get()), gifts, outcome.get()));
            return Optional.of(new VisitOutcomeService(store).record(what, LocalDate.now(clock)));
        } catch (StoreException | IllegalArgumentException e) {
            error.set(m.reason(e));
            return Optional.empty();
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public StringProperty ourRequestsProperty() {
        return ourRequests;
    }

    public StringProperty theirRequestsProperty() {
        return theirRequests;
    }

    public ObservableList<CommitmentRow> commitments() {
        return commitments;
    }

    public StringProperty agreementsProperty() {
        return agreements;
    }

    public StringProperty ourGiftsProperty() {
        return ourGifts;
    }

    public StringProperty theirGiftsProperty() {
        return theirGifts;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
