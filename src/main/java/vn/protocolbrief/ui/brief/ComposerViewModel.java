package vn.protocolbrief.ui.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.brief.BriefModel;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.brief.PackPrinter;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.DelegationRules;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.BriefRecordRepository;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The briefing-pack composer for the chosen pair: the coming visit (date and time, venue, purpose, the expected
 * delegation, our participants, interpreter, programme, issuing office, preparer, approver), the pack's language,
 * classification and parts; renders in the background, shows the pages, lets the officer edit the talking points,
 * save, open and print the PDF; lists past packs. Errors are said next to the field, in words.
 */
public final class ComposerViewModel {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectProperty<SelectedPair> pair;
    private final Clock clock;

    // The visit.
    private final ObservableList<Visit> visits = FXCollections.observableArrayList();
    private final ObjectProperty<Visit> visit = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
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

    // The pack.
    private final StringProperty lang = new SimpleStringProperty("vi");
    private final StringProperty classification = new SimpleStringProperty("");
    /** Leave out what comes from meetings nobody has reviewed (otherwise the pack marks it). */
    private final javafx.beans.property.BooleanProperty reviewedOnly = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ObservableList<PartChoice> parts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<byte[]> pages = FXCollections.observableArrayList();
    private final ObservableList<BriefRecordRepository.BriefRecord> pastPacks = FXCollections.observableArrayList();
    private final ObservableList<PointRow> points = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper pointsEdited = new ReadOnlyBooleanWrapper(false);
    /** Set on the FX thread by cancel(); read there when the render finishes. */
    private boolean cancelled;
    /**
     * True while the list of visits is being replaced or updated: a list control showing it may then report a
     * selection it made up itself (none, or the visit now at the old index), which is not the officer's choice.
     */
    private boolean visitsChanging;

    /** What prints a PDF; the system's printers, or a stand-in in tests. */
    public interface Printer {
        PackPrinter.Outcome print(Path pdf, String jobName) throws Exception;

        /** Prints, saying to which printer and how many pages (unknown here: a stand-in that only says how it went). */
        default PackPrinter.Sent send(Path pdf, String jobName) throws Exception {
            return new PackPrinter.Sent(print(pdf, jobName), null, 0);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ComposerViewModel.class);

    private Printer printer = new Printer() {
        @Override
        public PackPrinter.Outcome print(Path pdf, String jobName) throws Exception {
            return send(pdf, jobName).outcome();
        }

        @Override
        public PackPrinter.Sent send(Path pdf, String jobName) throws Exception {
            return PackPrinter.send(pdf, jobName);
        }
    };

    /** Another printer (tests print nothing). */
    public void usePrinter(Printer other) {
        this.printer = other;
    }

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
        this.lang.set(messages.lang());
        vn.protocolbrief.brief.Labels labels = new vn.protocolbrief.brief.Labels(messages.lang());
        for (String part : BriefRequest.PARTS) {
            parts.add(new PartChoice(part, labels.get("part." + part)));
        }
        for (String field : List.of("date", "time", "leader", "members", "hosts", "programme")) {
            errors.put(field, new SimpleStringProperty(""));
        }
        pair.addListener(o -> {
            loadPastPacks();
            loadVisits();
        });
    }

    /** One person of the visit: a name (one of the store's, or typed) and the post to print. */
    public record PersonRow(StringProperty name, StringProperty title) {
        public PersonRow() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    public record ProgrammeRow(StringProperty time, StringProperty item) {
        public ProgrammeRow() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    /** A talking point as the officer may change it; {@code kind} is its place in the speech. */
    public record PointRow(String kind, String heading, StringProperty text, List<String> recordIds) {
    }

    /** The pair's visits, the next one chosen (or a new one dated from the pair's last choice). */
    public void loadVisits() {
        SelectedPair p = pair.get();
        if (p == null || p.partner() == null) {
            visits.clear();
            choose(null);
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
            choose(next);
        }, e -> dialogs.showError(messages.get("error.title"), messages.reason(e)));
    }

    /** The people of the partner's side the store knows: suggestions for the head of delegation and members. */
    private List<String> peopleOf(String partnerId) {
        return store.reads(r -> r.personsOfPartner(partnerId)).stream().map(Person::protocolName).toList();
    }

    /** Fills the form with a visit (null: a new, empty visit for the pair). */
    public void choose(Visit v) {
        visit.set(v);
        errors.values().forEach(e -> e.set(""));
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
                new SimpleStringProperty(p.time() == null ? "" : p.time()), new SimpleStringProperty(p.item()))).toList());
        office.set(v == null || v.issuingOffice() == null ? "" : v.issuingOffice());
        preparedBy.set(v == null || v.preparedBy() == null ? "" : v.preparedBy());
        approvedBy.set(v == null || v.approvedBy() == null ? "" : v.approvedBy());
        pointsEdited.set(v != null && !v.points().isEmpty());
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

    /** A new visit for the pair: the form is cleared. */
    public void newVisit() {
        choose(null);
    }

    /**
     * The visit the form describes, or null when a field is wrong (its error is then set, in words). An empty form
     * is a visit with nothing known yet.
     */
    Visit formVisit() {
        errors.values().forEach(e -> e.set(""));
        SelectedPair p = pair.get();
        PartialDate day = PartialDate.UNKNOWN;
        boolean ok = true;
        try {
            day = DateInput.parse(date.get());
        } catch (IllegalArgumentException e) {
            errors.get("date").set(messages.format("composer.error.date", date.get().strip()));
            ok = false;
        }
        String t = time.get() == null ? "" : time.get().strip();
        if (!t.isEmpty() && !t.matches("([01]?\\d|2[0-3])[:hg.]([0-5]\\d)")) {
            errors.get("time").set(messages.format("composer.error.time", t));
            ok = false;
        }
        Catalog catalog = new Catalog(store);
        Visit.Attendee head = null;
        if (!blank(leader.get())) {
            head = attendee(catalog, leader.get(), leaderTitle.get());
            if (head.personId() != null) {
                var problem = new VisitService(store).checkLeader(head.personId(), p.partnerId(), messages.lang());
                if (problem.isPresent()) {
                    errors.get("leader").set(leaderProblem(problem.get()));
                    ok = false;
                }
            }
        }
        List<Visit.ProgrammeItem> lines = new ArrayList<>();
        for (ProgrammeRow r : programme) {
            if (blank(r.item().get()) && blank(r.time().get())) {
                continue;
            }
            if (blank(r.item().get())) {
                errors.get("programme").set(messages.get("composer.error.programme"));
                ok = false;
                continue;
            }
            String rt = r.time().get() == null ? "" : r.time().get().strip();
            if (!rt.isEmpty() && !rt.matches("([01]?\\d|2[0-3])[:hg.]([0-5]\\d)")) {
                errors.get("programme").set(messages.format("composer.error.time", rt));
                ok = false;
                continue;
            }
            lines.add(new Visit.ProgrammeItem(rt.isEmpty() ? null : rt.replaceAll("[hg.]", ":"), r.item().get()));
        }
        List<Visit.Attendee> ours = attendees(catalog, hosts);
        var elsewhere = new VisitService(store).checkHosts(p.provinceId(), ours, messages.lang());
        if (!elsewhere.isEmpty()) {
            errors.get("hosts").set(elsewhere.stream().map(h -> messages.format("composer.error.hostElsewhere",
                    h.person(), h.postProvince(), h.post(), "en".equals(messages.lang()) ? p.province().nameEn()
                            : p.province().nameVi()))
                    .collect(java.util.stream.Collectors.joining("\n")));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        String id = visit.get() != null ? visit.get().id() : VisitService.newId();
        return new Visit(id, p.provinceId(), p.partnerId(), day, t.isEmpty() ? null : t, venue.get(), purpose.get(),
                head, attendees(catalog, members), ours, interpreter.get(), lines, office.get(),
                preparedBy.get(), approvedBy.get(), visit.get() == null ? List.of() : visit.get().points());
    }

    private String leaderProblem(DelegationRules.LeaderProblem problem) {
        return switch (problem.problem()) {
            case VIETNAMESE_SIDE -> messages.format("composer.error.leaderVietnamese", problem.person(), problem.partner());
            case OTHER_PARTNER -> messages.format("composer.error.leaderOther", problem.person(), problem.otherPartner(),
                    problem.partner());
        };
    }

    private static List<Visit.Attendee> attendees(Catalog catalog, List<PersonRow> rows) {
        return rows.stream().filter(r -> !blank(r.name().get()))
                .map(r -> attendee(catalog, r.name().get(), r.title().get())).toList();
    }

    /** One of the store's persons when the name is theirs (any spelling), else the name as typed. */
    static Visit.Attendee attendee(Catalog catalog, String name, String title) {
        String t = blank(title) ? null : title.strip();
        try {
            return new Visit.Attendee(catalog.person(name.strip()).id(), null, t);
        } catch (Catalog.UnknownNameException e) {
            return new Visit.Attendee(null, name.strip(), t);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private boolean formEmpty() {
        return blank(date.get()) && blank(time.get()) && blank(venue.get()) && blank(purpose.get())
                && blank(leader.get()) && members.stream().allMatch(r -> blank(r.name().get()))
                && hosts.stream().allMatch(r -> blank(r.name().get())) && blank(interpreter.get())
                && programme.stream().allMatch(r -> blank(r.item().get())) && blank(office.get())
                && blank(preparedBy.get()) && blank(approvedBy.get()) && visit.get() == null;
    }

    /** Saves the visit as the form describes it; false (with the errors shown) when a field is wrong. */
    public boolean saveVisit() {
        return hasPair() && saveForm() != null;
    }

    /** The visit saved as the form describes it, chosen and in the list; null when a field is wrong. */
    private Visit saveForm() {
        Visit v = formVisit();
        if (v == null) {
            return null;
        }
        Visit saved = new VisitService(store).save(v);
        changeVisits(() -> {
            if (visits.stream().noneMatch(x -> x.id().equals(saved.id()))) {
                visits.add(0, saved);
            } else {
                visits.replaceAll(x -> x.id().equals(saved.id()) ? saved : x);
            }
        });
        visit.set(saved);
        return saved;
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
    public boolean visitsChanging() {
        return visitsChanging;
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
     * Saves the visit (when the form holds one) and renders its pack into a temporary file, then its pages for the
     * preview and its talking points for editing.
     */
    public void render() {
        if (!hasPair()) {
            return;
        }
        List<String> chosen = parts.stream().filter(p -> p.included().get()).map(PartChoice::id).toList();
        if (chosen.isEmpty()) {
            dialogs.showError(messages.get("error.title"), messages.get("composer.noParts"));
            return;
        }
        SelectedPair shown = pair.get();
        BriefRequest request;
        String cls = blank(classification.get()) ? null : classification.get().strip();
        if (formEmpty()) {
            request = new BriefRequest(shown.provinceId(), shown.partnerId(), null, null, lang.get(), cls, chosen);
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
            request = BriefRequest.forVisit(saved.id(), lang.get(), cls, chosen);
        }
        BriefRequest asked = request.withReviewedOnly(reviewedOnly.get());
        if (!postsConfirmed(asked)) {
            return;
        }
        busy.set(true);
        cancelled = false;
        String name = fileName(shown);
        tasks.run(() -> {
            Path out = newPackFile(name);
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
            showPoints((BriefModel) result[2]);
            loadPastPacks();
        }, e -> {
            busy.set(false);
            dialogs.showError(messages.get("composer.failed"), messages.reason(e));
        });
    }

    /**
     * Posts the pack would take from records over a year older than the visit are printed "as of" their date: the
     * officer sees them listed with their dates and confirms them, or goes back to correct the records first.
     */
    private boolean postsConfirmed(BriefRequest request) {
        List<vn.protocolbrief.brief.StalePost> stale;
        try {
            stale = new BriefService(store, clock).stalePosts(request);
        } catch (RuntimeException e) {
            return true; // the render itself says what is wrong
        }
        if (stale.isEmpty()) {
            return true;
        }
        String list = stale.stream().map(s -> "\u2022 " + s.line()).collect(java.util.stream.Collectors.joining("\n"));
        return dialogs.ask(messages.get("composer.asOf.title"), messages.format("composer.asOf.message", list),
                messages.get("composer.asOf.confirm"), messages.get("composer.asOf.back"), false);
    }

    private void showPoints(BriefModel model) {
        lastModel = model;
        vn.protocolbrief.brief.Labels labels = new vn.protocolbrief.brief.Labels(model.meta().lang());
        points.setAll(model.talkingPoints().stream().map(t -> new PointRow(t.kind(),
                labels.format("points.kind." + t.kind(), model.meta().provinceName()), new SimpleStringProperty(t.text()),
                t.recordIds())).toList());
        pointsEdited.set(model.meta().pointsEdited());
    }

    /**
     * Where a new pack is written: a pack the officer made is a document of the office, kept in the "packs" folder
     * beside the store (never a temporary file), listed, reopened and reprinted until the officer removes it. An
     * earlier pack of the same name is kept: the new one is numbered.
     */
    Path newPackFile(String name) throws IOException {
        Path folder = packsFolder();
        Files.createDirectories(folder);
        String stem = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        Path out = folder.resolve(stem + ".pdf");
        for (int n = 2; Files.exists(out); n++) {
            out = folder.resolve(stem + "-" + n + ".pdf");
        }
        return out;
    }

    /** The folder of the packs made from this store: "packs" beside the store's file (an office store: the default one's). */
    public Path packsFolder() {
        Path db = (store.path() != null ? store.path() : vn.protocolbrief.store.StoreLocation.defaultStore())
                .toAbsolutePath();
        return db.getParent().resolve("packs");
    }

    /** "ho-so-phu-tho-dai-su-quan-nhat-ban-2026-12-03.pdf": province, partner and the visit's date. */
    String fileName(SelectedPair shown) {
        PartialDate d = DateField.parseOrNull(date.get());
        String when = d != null && d.known() ? "-" + d.iso() : "";
        String prefix = "en".equals(lang.get()) ? "brief-" : "ho-so-";
        return prefix + slug(shown.province().nameVi()) + "-" + slug(shown.partner().nameVi()) + when + ".pdf";
    }

    private static String slug(String s) {
        return vn.protocolbrief.domain.Text.fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Keeps the officer's words for the talking points with the visit, then renders again. */
    public void savePoints() {
        if (visit.get() == null) {
            return;
        }
        List<Visit.SpeechPoint> edited = points.stream().filter(p -> !blank(p.text().get()))
                .map(p -> new Visit.SpeechPoint(p.kind(), p.text().get().strip(), p.recordIds(), List.of())).toList();
        try {
            Visit saved = new VisitService(store).save(visit.get().withPoints(edited));
            visit.set(saved);
            render();
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("composer.failed"), messages.reason(e));
        }
    }

    /** Goes back to the talking points derived from the records. */
    public void resetPoints() {
        if (visit.get() == null) {
            return;
        }
        visit.set(new VisitService(store).save(visit.get().withPoints(List.of())));
        render();
    }

    /** A part of the pack, ticked to include it; its place in {@link #parts()} is its place in the pack. */
    public record PartChoice(String id, String label, javafx.beans.property.BooleanProperty included) {
        PartChoice(String id, String label) {
            this(id, label, new javafx.beans.property.SimpleBooleanProperty(true));
        }
    }

    public ObservableList<PartChoice> parts() {
        return parts;
    }

    /** Moves a part one place earlier ({@code by} = -1) or later (+1); returns its new index. */
    public int move(int index, int by) {
        int target = index + by;
        if (index < 0 || index >= parts.size() || target < 0 || target >= parts.size()) {
            return index;
        }
        PartChoice p = parts.remove(index);
        parts.add(target, p);
        return target;
    }

    /** The preview is dropped when it arrives; the pack itself is still recorded. */
    public void cancel() {
        cancelled = true;
        busy.set(false);
    }

    /** The model of the pack last rendered: "Save as Word" writes the same pack as a Word document. */
    private BriefModel lastModel;

    /** Writes the pack last rendered as a Word document where the officer chose (the same parts as the PDF). */
    public void saveAsWord(Path target) {
        BriefModel model = lastModel;
        if (model == null || target == null) {
            return;
        }
        try {
            byte[] docx = new BriefService(store, clock).docx(model);
            vn.protocolbrief.store.TempFiles.writeWhole(target, ".docx-", os -> os.write(docx));
            dialogs.showInformation(messages.get("composer.title"), messages.format("composer.saved", target));
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("composer.failed"), messages.format("composer.cannotSave", target,
                    messages.reason(e)));
        }
    }

    /** Copies the rendered pack where the officer chose. */
    public void saveAs(Path target) {
        Path current = file.get();
        if (current == null || target == null) {
            return;
        }
        try {
            // Written as the command line writes a pack: never onto the store, never through a planted link.
            vn.protocolbrief.store.TempFiles.writeWhole(target, store.path(), ".brief-", os -> Files.copy(current, os));
            dialogs.showInformation(messages.get("composer.title"), messages.format("composer.saved", target));
        } catch (vn.protocolbrief.store.StoreException e) {
            dialogs.showError(messages.get("composer.failed"), messages.format("composer.cannotSave", target,
                    messages.reason(e)));
        }
    }

    /**
     * Prints the PDF itself off the window's thread. With no printer, says so and offers to open the PDF instead.
     * {@code open} opens a file in the system's viewer and says when it could not.
     */
    public void print(java.util.function.Consumer<Path> open) {
        Path pdf = file.get();
        if (pdf == null) {
            return;
        }
        print(pdf, open);
    }

    private void print(Path pdf, java.util.function.Consumer<Path> open) {
        tasks.run(() -> printer.send(pdf, pdf.getFileName().toString()), sent -> {
            LOG.info("Printing {}: {} (printer {}, {} pages)", pdf, sent.outcome(), sent.printer(), sent.pages());
            if (sent.outcome() == PackPrinter.Outcome.NO_PRINTER && dialogs.ask(messages.get("composer.print"),
                    messages.get("composer.noPrinter"), messages.get("composer.openInstead"),
                    messages.get("button.close"), false)) {
                open.accept(pdf);
            } else if (sent.outcome() == PackPrinter.Outcome.PRINTED && sent.printer() != null) {
                dialogs.showInformation(messages.get("composer.print"), messages.format("composer.printSent",
                        sent.pages(), sent.printer(), pdf.getFileName()));
            }
        }, e -> {
            LOG.warn("Printing {} failed", pdf, e);
            if (dialogs.ask(messages.get("composer.printFailed"), messages.format("composer.printFailedWhy",
                    printProblem(e)), messages.get("composer.openInstead"), messages.get("button.close"), false)) {
                open.accept(pdf);
            }
        });
    }

    /**
     * Why printing failed, in words: Java prints on Linux through CUPS's lpr command, and a computer may have CUPS
     * without it (the cups-bsd package); otherwise the system's own words.
     */
    String printProblem(Throwable e) {
        String deepest = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.getMessage();
            if (text != null && text.matches("(?s).*(/lpr|\"lpr\"|lpr:|/lp\\b|\"lp\").*")) {
                return messages.get("composer.printNoLpr");
            }
            if (text != null && !text.isBlank()) {
                deepest = text;
            }
        }
        return deepest == null ? messages.get("composer.printUnknown") : deepest;
    }

    /** A past pack: its file when it is still where it was written. */
    public void openPast(BriefRecordRepository.BriefRecord r, java.util.function.Consumer<Path> open) {
        if (r.file() == null || !Files.isRegularFile(Path.of(r.file()))) {
            dialogs.showError(messages.get("composer.title"), messages.format("composer.pastMissing",
                    r.file() == null ? "" : r.file()));
            return;
        }
        open.accept(Path.of(r.file()));
    }

    /** Prints an earlier pack again, saying what happened as {@link #print} does. */
    public void printPast(BriefRecordRepository.BriefRecord r, java.util.function.Consumer<Path> open) {
        if (r.file() == null || !Files.isRegularFile(Path.of(r.file()))) {
            dialogs.showError(messages.get("composer.title"), messages.format("composer.pastMissing",
                    r.file() == null ? "" : r.file()));
            return;
        }
        print(Path.of(r.file()), open);
    }

    /**
     * Removes an earlier pack after asking: its file and its line in the list. Only the officer removes a pack; the
     * window never does by itself.
     */
    public void removePast(BriefRecordRepository.BriefRecord r) {
        String fileName = r.file() == null ? r.id() : Path.of(r.file()).getFileName().toString();
        if (!dialogs.ask(messages.get("composer.removePastTitle"), messages.format("composer.removePastQuestion",
                fileName), messages.get("button.delete"), messages.get("button.keep"), true)) {
            return;
        }
        tasks.run(() -> {
            if (r.file() != null) {
                Files.deleteIfExists(Path.of(r.file()));
            }
            BriefRecordRepository.remove(store, r.id());
            return null;
        }, done -> loadPastPacks(), e -> dialogs.showError(messages.get("composer.failed"), messages.reason(e)));
    }

    public void loadPastPacks() {
        SelectedPair chosen = pair.get();
        if (chosen == null || chosen.partner() == null) {
            pastPacks.clear();
            return;
        }
        String p = chosen.provinceId();
        String x = chosen.partnerId();
        tasks.run(() -> store.reads(r -> r.packs(p, x)), pastPacks::setAll,
                e -> dialogs.showError(messages.get("error.title"), messages.reason(e)));
    }

    public ObservableList<Visit> visits() {
        return visits;
    }

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

    public ObservableList<String> partnerPeople() {
        return partnerPeople;
    }

    /** The error of a field ("date", "time", "leader", "members", "hosts", "programme"), empty when none. */
    public StringProperty error(String field) {
        return errors.get(field);
    }

    public StringProperty langProperty() {
        return lang;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public javafx.beans.property.BooleanProperty reviewedOnlyProperty() {
        return reviewedOnly;
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

    public ObservableList<PointRow> points() {
        return points;
    }

    public ReadOnlyBooleanProperty pointsEditedProperty() {
        return pointsEdited.getReadOnlyProperty();
    }

    public ObservableList<BriefRecordRepository.BriefRecord> pastPacks() {
        return pastPacks;
    }

    // ---- after the visit (issue 21) ------------------------------------------------------------------------------

    /** "Record what happened" for the chosen (saved) visit; empty, after saying why, when there is none to record. */
    public java.util.Optional<VisitOutcomeViewModel> recordOutcome() {
        Visit v = visit.get();
        if (v == null) {
            dialogs.showError(messages.get("error.title"), messages.get("outcome.noVisit"));
            return java.util.Optional.empty();
        }
        var recorded = new vn.protocolbrief.service.VisitOutcomeService(store).meetingOf(v.id());
        if (recorded.isPresent()) {
            dialogs.showInformation(messages.get("outcome.title"), messages.format("outcome.already", recorded.get()));
            return java.util.Optional.empty();
        }
        VisitOutcomeViewModel outcome = new VisitOutcomeViewModel(store, messages, v.id(), clock);
        outcome.load();
        return java.util.Optional.of(outcome);
    }

    /** Whether the chosen visit's meeting is recorded, so that its thank-you letter can be drafted. */
    public boolean letterPossible() {
        Visit v = visit.get();
        return v != null && new vn.protocolbrief.service.VisitOutcomeService(store).meetingOf(v.id()).isPresent();
    }

    /** Writes the thank-you letter of the chosen visit (.docx or .pdf by the name) in the pack's language. */
    public boolean draftLetter(Path target) {
        Visit v = visit.get();
        try {
            var letters = new vn.protocolbrief.brief.ThankYouLetters(store);
            letters.write(letters.draft(v.id(), lang.get()), target);
            return true;
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("error.title"), messages.reason(e));
            return false;
        }
    }
}
