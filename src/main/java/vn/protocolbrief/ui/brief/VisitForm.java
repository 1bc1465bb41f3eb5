package vn.protocolbrief.ui.brief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.Messages;

/**
 * The composer's visit form as the officer types it: date and time, venue, purpose, the expected delegation, our
 * participants, interpreter, programme, issuing office, preparer, approver, and each field's error in words.
 * {@link VisitFormCheck} reads it back into a visit.
 */
public final class VisitForm {
    private final Store store;
    private final Messages messages;
    private final ObjectProperty<Visit> visit = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    /** The officer's English of the venue, purpose and office, for an English pack (as `visit edit --venue-en`). */
    private final StringProperty venueEn = new SimpleStringProperty("");
    private final StringProperty purposeEn = new SimpleStringProperty("");
    private final StringProperty officeEn = new SimpleStringProperty("");
    private final StringProperty leader = new SimpleStringProperty("");
    private final StringProperty leaderTitle = new SimpleStringProperty("");
    private final ObservableList<PersonRow> members = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> hosts = FXCollections.observableArrayList();
    private final StringProperty interpreter = new SimpleStringProperty("");
    private final ObservableList<ProgrammeRow> programme = FXCollections.observableArrayList();
    private final StringProperty office = new SimpleStringProperty("");
    private final StringProperty preparedBy = new SimpleStringProperty("");
    private final StringProperty approvedBy = new SimpleStringProperty("");
    private final ObservableList<String> partnerPeople = FXCollections.observableArrayList();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();

    VisitForm(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        for (String field : List.of("date", "time", "leader", "members", "hosts", "programme", "english")) {
            errors.put(field, new SimpleStringProperty(""));
        }
    }

    /** One person of the visit: a name (one of the store's, or typed) and the post to print. */
    public record PersonRow(StringProperty name, StringProperty title) {
        public PersonRow() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    /** A line of the programme: its time, its item and the item in English (for an English pack). */
    public record ProgrammeRow(StringProperty time, StringProperty item, StringProperty itemEn) {
        public ProgrammeRow() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    /** Fills the form with a visit (null: a new, empty visit for the pair). */
    void show(Visit v) {
        visit.set(v);
        clearErrors();
        date.set(v == null ? "" : DateField.format(v.date(), messages.lang()));
        time.set(v == null || v.time() == null ? "" : v.time());
        venue.set(v == null || v.venue() == null ? "" : v.venue());
        purpose.set(v == null || v.purpose() == null ? "" : v.purpose());
        leader.set(v == null || v.leader() == null ? "" : name(v.leader()));
        leaderTitle.set(v == null || v.leader() == null || v.leader().title() == null ? "" : v.leader().title());
        members.setAll(v == null ? List.of() : v.members().stream().map(this::row).toList());
        hosts.setAll(v == null ? List.of() : v.hosts().stream().map(this::row).toList());
        interpreter.set(v == null || v.interpreter() == null ? "" : v.interpreter());
        programme.setAll(v == null ? List.of() : v.programme().stream().map(p -> new ProgrammeRow(
                new SimpleStringProperty(p.time() == null ? "" : p.time()), new SimpleStringProperty(p.item()),
                new SimpleStringProperty(""))).toList());
        office.set(v == null || v.issuingOffice() == null ? "" : v.issuingOffice());
        preparedBy.set(v == null || v.preparedBy() == null ? "" : v.preparedBy());
        approvedBy.set(v == null || v.approvedBy() == null ? "" : v.approvedBy());
        VisitEnglish.show(store, this, v);
    }

    private PersonRow row(Visit.Attendee a) {
        return new PersonRow(new SimpleStringProperty(name(a)), new SimpleStringProperty(a.title() == null ? ""
                : a.title()));
    }

    private String name(Visit.Attendee a) {
        if (a.personId() == null) {
            return a.name();
        }
        Person p = store.reads(r -> r.personsById().get(a.personId()));
        return p == null ? a.personId() : p.protocolName();
    }

    void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    /** True when nothing is typed and no saved visit is shown: the pack is then made without a visit. */
    boolean empty() {
        return blank(date.get()) && blank(time.get()) && blank(venue.get()) && blank(purpose.get())
                && blank(leader.get()) && members.stream().allMatch(r -> blank(r.name().get()))
                && hosts.stream().allMatch(r -> blank(r.name().get())) && blank(interpreter.get())
                && programme.stream().allMatch(r -> blank(r.item().get())) && blank(office.get())
                && blank(preparedBy.get()) && blank(approvedBy.get()) && blank(venueEn.get()) && blank(purposeEn.get())
                && blank(officeEn.get()) && programme.stream().allMatch(r -> blank(r.itemEn().get()))
                && visit.get() == null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The visit the form shows (null: a new visit, not saved yet). */
    public ObjectProperty<Visit> visitProperty() {
        return visit;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty venueEnProperty() {
        return venueEn;
    }

    public StringProperty purposeEnProperty() {
        return purposeEn;
    }

    public StringProperty officeEnProperty() {
        return officeEn;
    }

    public StringProperty leaderProperty() {
        return leader;
    }

    public StringProperty leaderTitleProperty() {
        return leaderTitle;
    }

    public ObservableList<PersonRow> members() {
        return members;
    }

    public ObservableList<PersonRow> hosts() {
        return hosts;
    }

    public StringProperty interpreterProperty() {
        return interpreter;
    }

    public ObservableList<ProgrammeRow> programme() {
        return programme;
    }

    public StringProperty officeProperty() {
        return office;
    }

    public StringProperty preparedByProperty() {
        return preparedBy;
    }

    public StringProperty approvedByProperty() {
        return approvedBy;
    }

    /** The people of the partner's side the store knows: suggestions for the head of delegation and members. */
    public ObservableList<String> partnerPeople() {
        return partnerPeople;
    }

    /** The error of a field ("date", "time", "leader", "members", "hosts", "programme", "english"), empty when none. */
    public StringProperty error(String field) {
        return errors.get(field);
    }
}
