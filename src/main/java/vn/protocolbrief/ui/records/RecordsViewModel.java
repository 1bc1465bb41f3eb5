package vn.protocolbrief.ui.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Text;
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
    public enum Kind { MEETING, REQUEST, GIFT, AGREEMENT, AID, PERSON, FIGURE, LINK, SENSITIVITY }

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

    /** A record shown in full: labelled lines, then where it was read (each source's text and its id, same order). */
    public record Details(String title, List<String[]> lines, List<String> sources, List<String> sourceIds) {
        public Details(String title, List<String[]> lines, List<String> sources) {
            this(title, lines, sources, List.of());
        }
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
    private final RecordEditors editors;
    private final RecordDetails describer;
    private final SourceEditor sourceEditor;
    private final ObservableList<AgreementRow> agreements = FXCollections.observableArrayList();
    private final ObservableList<AidRow> aid = FXCollections.observableArrayList();
    private final ObservableList<GiftRow> gifts = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final ObservableList<SensitivityRow> sensitivities = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>();
    private volatile Selection selected;
    /** The record chosen, on the FX thread: a table reloaded selects its row again (after an edit, an undo). */
    private final ReadOnlyObjectWrapper<Selection> chosen = new ReadOnlyObjectWrapper<>();
    /**
     * The record each change made in this window was about, the latest last (null: a new record): Ctrl+Z selects it
     * again. The undo log cannot say it for a request or a gift, whose changes are logged as their meeting's.
     */
    private final java.util.Deque<java.util.Optional<Selection>> changedHere = new java.util.ArrayDeque<>();

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
        this.editors = new RecordEditors(dialogs, text, records, new vn.protocolbrief.service.EnglishRenderingService(store),
                new vn.protocolbrief.store.SensitiveMarks(store));
        this.describer = new RecordDetails(store, text);
        this.sourceEditor = new SourceEditor(dialogs, text, new vn.protocolbrief.service.SourceService(store));
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
            show(loaded.getKey());
            // The selected record stays shown, as it now is; not in this pair (deleted, or a search hit whose pair
            // is still loading), the pane is empty until it is.
            details.set(loaded.getValue().orElse(null));
        }, this::failed);
    }

    private void show(PairRecords s) {
        String lang = m.lang();
        agreements.setAll(s.agreements().stream().map(a -> new AgreementRow(a.id(), text.date(a.signedOn()), a.title(),
                RecordText.nz(a.parties()), text.agreementStatus(a.status()))).toList());
        aid.setAll(s.aid().stream().map(a -> new AidRow(a.id(), text.date(a.date()), a.title(), a.amount() == null ? ""
                : a.amount().toPlainString() + " " + RecordText.nz(a.currency()), text.aidStatus(a.status()))).toList());
        List<GiftRow> g = new ArrayList<>();
        for (Meeting meeting : s.meetings()) {
            for (Gift gift : meeting.gifts()) {
                g.add(new GiftRow(gift.id(), meeting.id(), text.date(meeting.date()), gift.direction().arrow(),
                        gift.item(), s.who(gift.giverPersonId(), gift.giverText()),
                        s.who(gift.receiverPersonId(), gift.receiverText())));
            }
        }
        gifts.setAll(g);
        people.setAll(s.peopleIds().stream().map(s.persons()::get)
                .sorted(Comparator.comparing((Person p) -> p.nationality() != Nationality.JP)
                        .thenComparing(p -> Text.key(p.protocolName())))
                .map(p -> new PersonRow(p.id(), p.displayName(), post(p), text.nationality(p.nationality()))).toList());
        figures.setAll(s.figures().stream().map(k -> new FigureRow(k.id(), k.value() + (k.unit() == null ? ""
                : " " + k.unit()), k.label(), text.date(k.asOf()))).toList());
        links.setAll(s.links().stream().map(l -> new LinkRow(l.id(), s.partnerName(l.partnerId(), lang),
                text.linkKind(l.kind()), l.since().known() ? text.date(l.since()) : "", RecordText.nz(l.note()))).toList());
        sensitivities.setAll(s.sensitivities().stream().map(x -> new SensitivityRow(x.id(), text.date(x.date()),
                text.sensitivity(x.kind()), x.text())).toList());
    }

    /** The post held now (else the first known), as "title, organisation". */
    private static String post(Person p) {
        return p.positions().stream().filter(Position::current).findFirst().or(() -> p.positions().stream().findFirst())
                .map(pos -> pos.title() + (pos.organisation() == null || pos.title().contains(pos.organisation()) ? ""
                        : ", " + pos.organisation())).orElse("");
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
        }, this::failed);
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
                write(change, about);
            }
        }, this::failed);
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
                writeChecked(checked, () -> edit(kind, id, form));
            } else if (change != null) {
                write(change, selected);
            }
        }, this::failed);
    }

    /** A checked save; when refused, their version beside the officer's: keep theirs, overwrite, or edit again. */
    private void writeChecked(VersionedWrite change, Runnable editAgain) {
        Selection about = selected;
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
                refresh();
                if (answer == 0) {
                    editAgain.run();
                } else if (answer == 1) {
                    write(change.overwrite(), about);
                }
            }, this::failed);
        });
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
                write(change, selected);
            }
        }, this::failed);
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
        }, this::failed);
    }

    private void deleteAfterAsking(String question, Runnable delete) {
        // Destructive: the buttons say what each does, and Enter keeps the record.
        if (dialogs.ask(m.get("rec.deleteTitle"), question, m.get("button.delete"), m.get("button.keep"), true)) {
            write(delete, selected);
        }
    }

    /** Writes off the FX thread, then reloads every table; a refused write changes nothing and says why. */
    private void write(Runnable change, Selection about) {
        write(change, about, this::failed);
    }

    private void write(Runnable change, Selection about, java.util.function.Consumer<Throwable> refused) {
        tasks.run(() -> {
            change.run();
            return null;
        }, ignored -> {
            changedHere.push(java.util.Optional.ofNullable(about));
            onChanged.run();
            refresh();
        }, refused);
    }

    private void failed(Throwable e) {
        dialogs.showError(m.get("error.title"), m.reason(e));
        if (e instanceof vn.protocolbrief.store.StaleEditException) {
            // Someone else saved the record meanwhile: show their version (the message says who and when).
            onChanged.run();
            refresh();
        }
    }

    /**
     * Ctrl+Z: undoes this window's latest change made by hand (an edit, a new record, a deletion), never another
     * window's or a colleague's, and says which; a change others built on is refused with the reason.
     */
    public void undo() {
        tasks.run(() -> records.undoLast(RecordService.UndoScope.SESSION), undone -> {
            if (undone.isEmpty()) {
                dialogs.showInformation(m.get("undo.title"), m.get("undo.nothing"));
                return;
            }
            // The record put back (or as it was before the edit) is the one shown and selected.
            java.util.Optional<Selection> here = changedHere.poll();
            Kind kind = kindOf(undone.get().kind());
            if (here != null && here.isPresent()) {
                select(here.get().kind(), here.get().id());
            } else if (here == null && kind != null && !"create".equals(undone.get().action())) {
                select(kind, undone.get().refId());
            }
            onChanged.run();
            refresh();
            dialogs.showInformation(m.get("undo.title"), m.format("undo.done", m.get("undo." + undone.get().action()),
                    undone.get().label()));
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
            default -> null;
        };
    }

    /** The record chosen (its kind and id), null when none. */
    public ReadOnlyObjectProperty<Selection> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The deleted records, the latest first. */
    public java.util.List<RecordService.Change> trash() {
        return records.trash();
    }

    /** Puts a deleted record back. */
    public void restore(RecordService.Change deleted) {
        tasks.run(() -> records.undo(deleted.id()), c -> {
            onChanged.run();
            refresh();
            dialogs.showInformation(m.get("trash.title"), m.format("trash.restored", c.label()));
        }, this::failed);
    }

    public ObservableList<AgreementRow> agreements() {
        return agreements;
    }

    public ObservableList<AidRow> aid() {
        return aid;
    }

    public ObservableList<GiftRow> gifts() {
        return gifts;
    }

    public ObservableList<PersonRow> people() {
        return people;
    }

    public ObservableList<FigureRow> figures() {
        return figures;
    }

    public ObservableList<LinkRow> links() {
        return links;
    }

    public ObservableList<SensitivityRow> sensitivities() {
        return sensitivities;
    }

    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
