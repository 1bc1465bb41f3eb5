package vn.protocolbrief.ui.brief;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.brief.BriefModel;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The briefing-pack composer for the chosen pair: the pair's visits and the one the {@link #form() form} shows, the
 * pack's language, classification and parts; renders in the background, shows the pages, lets the officer edit the
 * talking points, save, open and print the PDF; the {@link #past() packs made before}. Errors are said next to the
 * field, in words.
 */
public final class ComposerViewModel {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectProperty<SelectedPair> pair;
    private final Clock clock;
    private final VisitForm form;
    private final VisitFormCheck check;
    private final PackPrinting printing;
    private final PastPacks past;
    private final PackFiles files;
    private final PackSaveAs packSaveAs;
    private final PairVisits visits;
    private final TalkingPoints points = new TalkingPoints();
    private IncompleteSources incompleteSources;

    private final PackChoices choices;
    private final StalePostsCheck stalePosts;
    private final AfterTheVisit after;
    private final VisitMark mark;

    private final ObservableList<String> officerNotes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<byte[]> pages = FXCollections.observableArrayList();
    /** Set on the FX thread by cancel(); read there when the render finishes. */
    private boolean cancelled;
    /** The model of the pack last rendered: "Save as Word" writes the same pack as a Word document. */
    private BriefModel lastModel;

    public ComposerViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages,
                             ReadOnlyObjectProperty<SelectedPair> pair) {
        this(store, tasks, dialogs, messages, pair, Clock.systemDefaultZone());
    }

    public ComposerViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages,
                             ReadOnlyObjectProperty<SelectedPair> pair, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.pair = pair;
        this.clock = clock;
        this.form = new VisitForm(store, messages);
        this.check = new VisitFormCheck(store, messages);
        this.printing = new PackPrinting(tasks, dialogs, messages);
        this.past = new PastPacks(store, tasks, dialogs, messages, pair, printing);
        this.files = new PackFiles(store);
        this.packSaveAs = new PackSaveAs(store, clock, dialogs, messages, files);
        this.visits = new PairVisits(store, tasks, dialogs, messages, clock);
        this.choices = new PackChoices(messages.lang());
        this.stalePosts = new StalePostsCheck(store, dialogs, messages, clock);
        this.after = new AfterTheVisit(store, dialogs, messages, clock);
        this.mark = new VisitMark(new vn.protocolbrief.service.SensitiveService(store), tasks, dialogs, messages);
        form.visitProperty().addListener((o, a, b) -> mark.show(b));
        pair.addListener(o -> {
            past.load();
            loadVisits();
        });
    }

    /** The shown visit's sensitive mark (the box under the visit's list). */
    public VisitMark mark() {
        return mark;
    }

    /** Another printer (tests print nothing). */
    public void usePrinter(PackPrinting.Printer other) {
        printing.use(other);
    }

    /** The pair's visits, the next one chosen (or a new one dated from the pair's last choice). */
    public void loadVisits() {
        visits.load(pair.get(), form.partnerPeople(), this::choose);
    }

    /** Fills the form with a visit (null: a new, empty visit for the pair). */
    public void choose(Visit v) {
        form.show(v);
        points.shownVisit(v);
    }

    /** A new visit for the pair: the form is cleared. */
    public void newVisit() {
        choose(null);
    }

    /** Saves the visit as the form describes it; false (with the errors shown) when a field is wrong. */
    public boolean saveVisit() {
        return hasPair() && saveForm() != null;
    }

    /** The visit saved as the form describes it, chosen and in the list; null when a field is wrong. */
    private Visit saveForm() {
        Visit v = check.visit(form, pair.get());
        if (v == null || !VisitEnglish.check(form, messages)) {
            return null;
        }
        Visit saved = new VisitService(store).save(v);
        VisitEnglish.save(store, form, saved);
        visits.saved(saved);
        form.visitProperty().set(saved);
        return saved;
    }

    /** Whether the list of visits is being changed by this model (a selection reported meanwhile is not a choice). */
    public boolean visitsChanging() {
        return visits.changing();
    }

    private boolean hasPair() {
        SelectedPair shown = pair.get();
        if (shown == null || shown.partner() == null) {
            dialogs.showError(messages.get("error.title"), messages.get("composer.choose"));
            return false;
        }
        return true;
    }

    /**
     * Saves the visit (when the form holds one) and renders its pack into a new file, then its pages for the
     * preview and its talking points for editing.
     */
    public void render() {
        if (!hasPair()) {
            return;
        }
        List<String> chosen = choices.chosenParts();
        if (chosen.isEmpty()) {
            dialogs.showError(messages.get("error.title"), messages.get("composer.noParts"));
            return;
        }
        SelectedPair shown = pair.get();
        BriefRequest request;
        String cls = choices.classificationOrNull();
        String lang = choices.langProperty().get();
        if (form.empty()) {
            request = new BriefRequest(shown.provinceId(), shown.partnerId(), null, null, lang, cls, chosen);
        } else {
            Visit saved;
            try {
                saved = saveForm();
            } catch (RuntimeException e) {
                dialogs.showError(messages.get("composer.failed"), messages.reason(e));
                return;
            }
            if (saved == null) {
                return;
            }
            request = BriefRequest.forVisit(saved.id(), lang, cls, chosen);
        }
        BriefRequest asked = request.withReviewedOnly(choices.reviewedOnlyProperty().get());
        if (!stalePosts.confirmed(asked)) {
            return;
        }
        busy.set(true);
        cancelled = false;
        String name = PackFiles.fileName(shown, DateField.parseOrNull(form.dateProperty().get()), lang);
        tasks.run(() -> {
            Path out = files.newPackFile(name);
            BriefService.Result r = new BriefService(store, clock).generate(asked, out);
            List<byte[]> images = BriefService.pageImages(out, 60);
            return new Object[]{out, images, r.model()};
        }, result -> {
            busy.set(false);
            if (cancelled) {
                return;
            }
            file.set((Path) result[0]);
            @SuppressWarnings("unchecked") List<byte[]> images = (List<byte[]>) result[1];
            pages.setAll(images);
            lastModel = (BriefModel) result[2];
            points.show(lastModel);
            incompleteSources().show(lastModel);
            // What the officer must know before signing (no visit saved, a side not named, a past day): said here.
            officerNotes.setAll(vn.protocolbrief.brief.OfficerNotes.of(lastModel,
                    java.time.LocalDate.now(clock), messages.lang()));
            past.load();
        }, e -> {
            busy.set(false);
            dialogs.showError(messages.get("composer.failed"), messages.reason(e));
        });
    }

    /** What the officer must know about the pack last made before it is signed; never printed in it. */
    public ObservableList<String> officerNotes() {
        return officerNotes;
    }

    /** The cited sources of the pack last made that a reader could not check, with what each lacks. */
    public IncompleteSources incompleteSources() {
        if (incompleteSources == null) {
            incompleteSources = new IncompleteSources(messages);
        }
        return incompleteSources;
    }

    /** Keeps the officer's words for the talking points with the visit, then renders again. */
    public void savePoints() {
        if (visit() == null) {
            return;
        }
        try {
            form.visitProperty().set(new VisitService(store).save(visit().withPoints(points.asEdited())));
            render();
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("composer.failed"), messages.reason(e));
        }
    }

    /** Goes back to the talking points derived from the records. */
    public void resetPoints() {
        if (visit() == null) {
            return;
        }
        form.visitProperty().set(new VisitService(store).save(visit().withPoints(List.of())));
        render();
    }

    private Visit visit() {
        return form.visitProperty().get();
    }

    /** The preview is dropped when it arrives; the pack itself is still recorded. */
    public void cancel() {
        cancelled = true;
        busy.set(false);
    }

    /** Writes the pack last rendered as a Word document where the officer chose (the same parts as the PDF). */
    public void saveAsWord(Path target) {
        packSaveAs.saveAsWord(lastModel, target);
    }

    /** Copies the rendered pack where the officer chose. */
    public void saveAs(Path target) {
        packSaveAs.saveAs(file.get(), target);
    }

    /**
     * Prints the PDF itself off the window's thread. With no printer, says so and offers to open the PDF instead.
     * {@code open} opens a file in the system's viewer and says when it could not.
     */
    public void print(Consumer<Path> open) {
        Path pdf = file.get();
        if (pdf != null) {
            printing.print(pdf, open);
        }
    }

    /** The folder of the packs made from this store: "packs" beside the store's file (an office store: the default one's). */
    public Path packsFolder() {
        return files.packsFolder();
    }

    /** The visit being prepared, as the officer types it. */
    public VisitForm form() {
        return form;
    }

    /** The packs made before for the pair. */
    public PastPacks past() {
        return past;
    }

    public ObservableList<Visit> visits() {
        return visits.list();
    }

    public ObjectProperty<Visit> visitProperty() {
        return form.visitProperty();
    }

    /** The pack's language, classification and parts. */
    public PackChoices choices() {
        return choices;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<byte[]> pages() {
        return pages;
    }

    public ObservableList<TalkingPoints.PointRow> points() {
        return points.rows();
    }

    public ReadOnlyBooleanProperty pointsEditedProperty() {
        return points.editedProperty();
    }

    // ---- after the visit (issue 21) ------------------------------------------------------------------------------

    /** "Record what happened" for the chosen (saved) visit; empty, after saying why, when there is none to record. */
    public Optional<VisitOutcomeViewModel> recordOutcome() {
        return after.recordOutcome(visit());
    }

    /** Whether the chosen visit's meeting is recorded, so that its thank-you letter can be drafted. */
    public boolean letterPossible() {
        return after.letterPossible(visit());
    }

    /** Writes the thank-you letter of the chosen visit (.docx or .pdf by the name) in the pack's language. */
    public boolean draftLetter(Path target) {
        return after.draftLetter(visit(), choices.langProperty().get(), target);
    }
}
