package vn.protocolbrief.ui.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The records of the chosen pair beyond the history: agreements, aid, gifts, people and the province's
 * context; creating, editing and deleting every kind of record (meetings and requests included, through
 * {@link RecordEditors}); and the full record with its sources for whatever row is selected ({@link RecordDetails}).
 */
public final class RecordsViewModel {
    /** What a selected row is. */
    public enum Kind { MEETING, REQUEST, GIFT, AGREEMENT, AID, PERSON, FIGURE, LINK, SENSITIVITY, PARTNER }

    public record AgreementRow(String id, String date, String title, String parties, String status) {
    }

    public record AidRow(String id, String date, String title, String amount, String status) {
    }

    public record GiftRow(String id, String meetingId, String date, String direction, String item, String giver,
                          String receiver) {
    }

    public record PersonRow(String id, String name, String post, String side) {
    }

    public record FigureRow(String id, String value, String label, String asOf) {
    }

    public record LinkRow(String id, String partner, String kind, String since, String note) {
    }

    public record SensitivityRow(String id, String date, String kind, String text) {
    }

    /**
     * A record shown in full: labelled lines, then where it was read (each source's text and its id, same order; null
     * for a record that is not read from articles, a partner), then its changes, the newest first, under
     * {@code changesHeading} (null: none shown).
     */
    public record Details(String title, List<String[]> lines, List<String> sources, List<String> sourceIds,
                          String changesHeading, List<Change> changes) {
        public Details(String title, List<String[]> lines, List<String> sources) {
            this(title, lines, sources, List.of(), null, List.of());
        }
    }

    /** One change of a record as the pane lists it: when and who on one line, what and which fields below. */
    public record Change(String when, String what, String fields) {
    }

    /** The record whose details are shown; kept so that they follow edits, and a search hit in another pair. */
    public record Selection(Kind kind, String id) {
    }

    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final RecordText text;
    private final ReadOnlyObjectProperty<SelectedPair> pair;
    private final Runnable onChanged;
    private final RecordService records;
    private final vn.protocolbrief.service.SensitiveService sensitive;
    private final RecordEditors editors;
    private final RecordDetails describer;
    private final SourceEditor sourceEditor;
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>();
    private volatile Selection selected;
    /** The record chosen, on the FX thread: a table reloaded selects its row again (after an edit, an undo). */
    private final ReadOnlyObjectWrapper<Selection> chosen = new ReadOnlyObjectWrapper<>();
    private final PairTables tables;
    private final WindowChanges changes;

    /**
     * @param pair      the pair the window shows, announced once per change
     * @param onChanged told after every save or delete, so the other tables reload
     */
    public RecordsViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages,
                            ReadOnlyObjectProperty<SelectedPair> pair, Runnable onChanged) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
        this.text = new RecordText(messages);
        this.pair = pair;
        this.onChanged = onChanged;
        this.records = new RecordService(store);
        this.sensitive = new vn.protocolbrief.service.SensitiveService(store);
        this.editors = new RecordEditors(dialogs, text, records, new vn.protocolbrief.service.EnglishRenderingService(store),
                sensitive);
        this.describer = new RecordDetails(store, text);
        this.sourceEditor = new SourceEditor(dialogs, text, new vn.protocolbrief.service.SourceService(store));
        this.tables = new PairTables(messages, text);
        this.changes = new WindowChanges(store, tasks, dialogs, messages, records, pair, onChanged, this::refresh,
                this::select);
        pair.addListener(o -> refresh());
    }

    public void refresh() {
        SelectedPair chosen = pair.get();
        if (chosen == null) {
            return;
        }
        Selection shown = selected;
        tasks.run(() -> {
            PairRecords s = PairRecords.read(store, chosen);
            return Map.entry(s, Optional.ofNullable(shown == null ? null
                    : describer.describeIfThere(s, shown.kind(), shown.id())));
        }, loaded -> {
            tables.show(loaded.getKey());
            // The selected record stays shown, as it now is; not in this pair (deleted, or a search hit whose pair
            // is still loading), the pane is empty until it is.
            details.set(loaded.getValue().orElse(null));
        }, changes::failed);
    }

    /** Shows the full record of a selected row with its sources. */
    public void select(Kind kind, String id) {
        SelectedPair chosen = pair.get();
        if (id == null || chosen == null) {
            selected = null;
            this.chosen.set(null);
            details.set(null);
            return;
        }
        Selection wanted = new Selection(kind, id);
        selected = wanted;
        this.chosen.set(wanted);
        tasks.run(() -> describer.describeIfThere(PairRecords.read(store, chosen), kind, id), d -> {
            if (selected == wanted) {
                details.set(d);
            }
        }, changes::failed);
    }

    /**
     * "Sửa nguồn": completes a cited source's newspaper, headline, date and address; undone like any edit here
     * (the shown record stays shown, its source line as now written).
     */
    public void editSource(String sourceId) {
        Selection about = selected;
        tasks.run(() -> sourceEditor.read(sourceId), current -> {
            Runnable change = sourceEditor.ask(current);
            if (change != null) {
                changes.write(change, about);
            }
        }, changes::failed);
    }

    // ---- create and edit: read the pair off the FX thread, ask with a form on it, write off it again ---------

    /** Creates (id null) or edits a meeting of the chosen pair. */
    public void editMeeting(String id) {
        edit((editor, s) -> editor.meeting(s, id));
    }

    /** Creates (id null) or edits a request; a new one goes to {@code meetingId}, or the newest meeting. */
    public void editRequest(String id, String meetingId) {
        edit("request", id, (editor, s, version) -> editor.request(s, id, meetingId, version));
    }

    public void editGift(GiftRow row) {
        String id = row == null ? null : row.id();
        edit("gift", id, (editor, s, version) -> editor.gift(s, id, version));
    }

    public void editAgreement(String id) {
        edit("agreement", id, (editor, s, version) -> editor.agreement(s, id, version));
    }

    public void editAid(String id) {
        edit((editor, s) -> editor.aid(s, id));
    }

    public void editFigure(String id) {
        edit((editor, s) -> editor.figure(s, id));
    }

    public void editLink(String id) {
        edit((editor, s) -> editor.link(s, id));
    }

    public void editSensitivity(String id) {
        edit((editor, s) -> editor.sensitivity(s, id));
    }

    /**
     * The chosen pair's partner: shown in the pane (its mark, who changed it), and its form, whose box marks it
     * sensitive or takes the mark off; refused, saying who and when, when a colleague changed the partner meanwhile.
     */
    public void editPartner() {
        SelectedPair chosen = pair.get();
        if (chosen == null || chosen.partner() == null) {
            dialogs.showError(m.get("error.title"), m.get("composer.choose"));
            return;
        }
        String id = chosen.partnerId();
        select(Kind.PARTNER, id);
        Selection about = new Selection(Kind.PARTNER, id);
        tasks.run(() -> Map.entry(sensitive.version("partner", id), sensitive.of("partner", id).isPresent()), read -> {
            long version = read.getKey();
            boolean was = read.getValue();
            var f = new vn.protocolbrief.ui.common.RecordForm(m.format("rec.editPartner",
                    chosen.partner().name(m.lang())), m.lang())
                    .check("sensitive", m.get("rec.sensitive"), was, m.get("rec.sensitivePartnerMeans"));
            if (dialogs.edit(f) && f.checked("sensitive") != was) {
                boolean now = f.checked("sensitive");
                changes.write(() -> sensitive.set("partner", id, now, version), about);
            }
        }, changes::failed);
    }

    public void editPerson(String id) {
        edit("person", id, (editor, s, version) -> editor.person(s, id, version));
    }

    /** A form given the record's version when it was read (null for a new record). */
    private interface VersionedEditor {
        Runnable open(RecordEditors editors, PairRecords s, Long version);
    }

    /** The pair's records as a form shows them and the version of the record edited, read before them. */
    private record ReadForEdit(PairRecords records, Long version) {
    }

    /**
     * Edits a record whose save is checked against the version it was read at: a colleague's save meanwhile is
     * refused, and the officer is shown both versions to choose from.
     */
    private void edit(String kind, String id, VersionedEditor form) {
        SelectedPair chosen = pair.get();
        if (chosen == null || chosen.partner() == null) {
            dialogs.showError(m.get("error.title"), m.get("composer.choose"));
            return;
        }
        tasks.run(() -> {
            Long version = id == null ? null : records.versionForEdit(kind, id);
            return new ReadForEdit(PairRecords.read(store, chosen), version);
        }, read -> {
            Runnable change = form.open(editors, read.records(), read.version());
            if (change instanceof VersionedWrite checked) {
                changes.writeChecked(checked, selected, () -> edit(kind, id, form));
            } else if (change != null) {
                changes.write(change, selected);
            }
        }, changes::failed);
    }

    private void edit(BiFunction<RecordEditors, PairRecords, Runnable> form) {
        SelectedPair chosen = pair.get();
        if (chosen == null || chosen.partner() == null) {
            dialogs.showError(m.get("error.title"), m.get("composer.choose"));
            return;
        }
        tasks.run(() -> PairRecords.read(store, chosen), s -> {
            Runnable change = form.apply(editors, s);
            if (change != null) {
                changes.write(change, selected);
            }
        }, changes::failed);
    }

    // ---- delete: always asked first -------------------------------------------------------------------------

    public void deleteMeeting(String id, String title) {
        if (id != null) {
            deleteAfterAsking(m.format("rec.deleteMeeting", title), () -> records.deleteMeeting(id));
        }
    }

    public void deleteRequest(String id, String requestText) {
        if (id != null) {
            deleteAfterAsking(m.format("rec.deleteRequest", requestText),
                    () -> records.deleteRequest(records.meetingOfRequest(id), id));
        }
    }

    public void deleteGift(GiftRow row) {
        if (row != null) {
            deleteAfterAsking(m.format("rec.deleteGift", row.item()), () -> records.deleteGift(row.meetingId(), row.id()));
        }
    }

    public void deleteAgreement(AgreementRow row) {
        if (row != null) {
            deleteAfterAsking(m.format("rec.deleteAgreement", row.title()), () -> records.deleteAgreement(row.id()));
        }
    }

    public void deleteAid(AidRow row) {
        if (row != null) {
            deleteAfterAsking(m.format("rec.deleteAid", row.title()), () -> records.deleteAid(row.id()));
        }
    }

    public void deleteFigure(FigureRow row) {
        if (row != null) {
            deleteAfterAsking(m.format("rec.deleteOther", row.label()), () -> records.deleteFigure(row.id()));
        }
    }

    public void deleteLink(LinkRow row) {
        if (row != null) {
            deleteAfterAsking(m.format("rec.deleteOther", row.partner()), () -> records.deleteLink(row.id()));
        }
    }

    public void deleteSensitivity(SensitivityRow row) {
        if (row != null) {
            deleteAfterAsking(m.format("rec.deleteOther", row.text()), () -> records.deleteSensitivity(row.id()));
        }
    }

    /** A person still at a meeting is refused in the window's language; otherwise asked, then deleted. */
    public void deletePerson(PersonRow row) {
        if (row == null) {
            return;
        }
        tasks.run(() -> records.meetingsOf(row.id()), meetings -> {
            if (meetings > 0) {
                dialogs.showError(m.get("rec.deleteTitle"), m.format("rec.personInUse", row.name(), meetings));
            } else {
                deleteAfterAsking(m.format("rec.deletePerson", row.name()), () -> records.deletePerson(row.id()));
            }
        }, changes::failed);
    }

    private void deleteAfterAsking(String question, Runnable delete) {
        changes.deleteAfterAsking(question, delete, selected);
    }

    /**
     * Ctrl+Z: undoes this window's latest change made by hand (an edit, a new record, a deletion), never another
     * window's or a colleague's, and says which; a change others built on is refused with the reason.
     */
    public void undo() {
        changes.undo();
    }

    /** The record chosen (its kind and id), null when none. */
    public ReadOnlyObjectProperty<Selection> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The deleted records, the latest first. */
    public java.util.List<RecordService.Change> trash() {
        return changes.trash();
    }

    /** Puts a deleted record back. */
    public void restore(RecordService.Change deleted) {
        changes.restore(deleted);
    }

    public ObservableList<AgreementRow> agreements() {
        return tables.agreements();
    }

    public ObservableList<AidRow> aid() {
        return tables.aid();
    }

    public ObservableList<GiftRow> gifts() {
        return tables.gifts();
    }

    public ObservableList<PersonRow> people() {
        return tables.people();
    }

    public ObservableList<FigureRow> figures() {
        return tables.figures();
    }

    public ObservableList<LinkRow> links() {
        return tables.links();
    }

    public ObservableList<SensitivityRow> sensitivities() {
        return tables.sensitivities();
    }

    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
