package vn.protocolbrief.ui.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.protocolbrief.ingest.ArticleReader;
import vn.protocolbrief.ingest.ArticleText;
import vn.protocolbrief.ingest.Draft;
import vn.protocolbrief.ingest.ImportException;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * Article import in the window: articles arrive by paste, file, folder or drop and are reviewed one after
 * another. Saving goes through the same {@link ImportService} as the command line, so a stored article is
 * recognised and a second article about a stored meeting is offered as a merge.
 */
public final class ImportViewModel {
    /** An article waiting for review: a file, or pasted text. */
    private record Pending(Path file, String pasted) {
    }

    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<String> onSaved;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<DraftForm> form = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private ImportService service;
    private int done;
    private int total;

    /** @param onSaved told the id of each meeting saved or merged, so the window can show it */
    public ImportViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages,
                           Consumer<String> onSaved) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.onSaved = onSaved;
    }

    /** Files or folders (their articles) to review, in order; asks first if a reviewed draft would be lost. */
    public void open(List<Path> filesOrFolders) {
        List<Pending> found = new ArrayList<>();
        for (Path p : filesOrFolders) {
            try {
                ArticleReader.articles(p).forEach(f -> found.add(new Pending(f, null)));
            } catch (RuntimeException e) {
                dialogs.showError(messages.get("review.failed"), messages.reason(e));
            }
        }
        enqueue(found);
    }

    /** Text pasted from a news page. */
    public void paste(String text) {
        if (text == null || text.isBlank()) {
            dialogs.showError(messages.get("review.failed"), messages.get("review.emptyPaste"));
            return;
        }
        enqueue(List.of(new Pending(null, text)));
    }

    private void enqueue(List<Pending> found) {
        if (found.isEmpty() || !mayDiscard()) {
            return;
        }
        queue.clear();
        queue.addAll(found);
        done = 0;
        total = found.size();
        next();
    }

    /** True when nothing under review would be lost, or the officer agrees to lose it. */
    private boolean mayDiscard() {
        DraftForm current = form.get();
        return current == null || !current.editedProperty().get()
                || dialogs.ask(messages.get("review.title"), messages.format("review.discard", current.fileName()),
                messages.get("button.discard"), messages.get("button.keepEditing"), true);
    }

    /**
     * Records a meeting by hand: the same form as an article's review, empty, for the chosen pair; the officer adds
     * the delegation, our participants, requests, agreements, aid and gifts, and the source.
     */
    public void newMeeting(vn.protocolbrief.ui.common.SelectedPair pair) {
        if (!mayDiscard()) {
            return;
        }
        queue.clear();
        total = 1;
        done = 1;
        position.set(messages.get("review.handEntered"));
        tasks.run(() -> {
            DraftForm hand = form(service().handEntered(pair.provinceId(), pair.province().nameVi(), pair.partner()));
            KnownPeople known = store.reads(r -> KnownPeople.of(r, pair.provinceId(),
                    pair.partner() == null ? null : pair.partner().id()));
            hand.handDefaults(java.time.LocalDate.now(), known.jp(), known.vn());
            return hand;
        }, form::set, e -> dialogs.showError(messages.get("review.failed"), messages.reason(e)));
    }

    /** Leaves the current article unsaved and shows the next one. */
    public void skip() {
        if (mayDiscard()) {
            next();
        }
    }

    private void next() {
        Pending p = queue.poll();
        if (p == null) {
            form.set(null);
            position.set("");
            return;
        }
        done++;
        String name = p.file() == null ? messages.get("review.pasted") : p.file().getFileName().toString();
        position.set(messages.format("review.position", done, total, name));
        tasks.run(() -> {
            ArticleReader reader = new ArticleReader();
            ArticleText article = p.file() != null ? reader.read(p.file())
                    : reader.read(p.pasted().getBytes(StandardCharsets.UTF_8), name);
            try {
                return new Prepared(form(service().draft(article)), article, null);
            } catch (ImportException refused) {
                return new Prepared(null, article, refused);
            }
        }, prepared -> {
            if (prepared.refusal() == null) {
                form.set(prepared.form());
            } else if (refusedAsNoMeeting(prepared.refusal()) && dialogs.ask(messages.get("review.title"),
                    messages.reason(prepared.refusal()) + "\n\n" + messages.get("review.emptyQuestion"),
                    messages.get("review.makeEmpty"), messages.get("review.skipArticle"), false)) {
                tasks.run(() -> form(service().emptyDraft(prepared.article())), form::set, this::failedThenNext);
            } else {
                if (!refusedAsNoMeeting(prepared.refusal())) {
                    dialogs.showError(messages.get("review.failed"), messages.reason(prepared.refusal()));
                }
                next();
            }
        }, this::failedThenNext);
    }

    /** An article read, as a form to review, or the importer's refusal of it. */
    private record Prepared(DraftForm form, ArticleText article, ImportException refusal) {
    }

    private DraftForm form(Draft draft) {
        // Read here, not from the window's lists: an article opened at start-up may come before they are loaded.
        Catalog catalog = new Catalog(store);
        return new DraftForm(draft, catalog.provinces().provinces(), catalog.partners().partners(), messages.lang());
    }

    /** Refusals that say the article is no meeting with a Japanese partner: the officer may still record it. */
    private static boolean refusedAsNoMeeting(ImportException e) {
        return switch (e.problem()) {
            case NO_PARTNER, NO_MEETING, FOREIGN, NATIONAL -> true;
            default -> false;
        };
    }

    private void failedThenNext(Throwable e) {
        dialogs.showError(messages.get("review.failed"), messages.reason(e));
        next();
    }

    /** Saves the reviewed draft; a likely second report of a stored meeting is merged only if the officer agrees. */
    public void save() {
        DraftForm current = form.get();
        if (current == null) {
            return;
        }
        Map<String, String> errors = current.errors();
        if (!errors.isEmpty()) {
            dialogs.showError(messages.get("review.title"), messages.format("review.fix", errors.size(),
                    messages.get(errors.values().iterator().next())));
            return;
        }
        Draft draft = current.toDraft();
        Draft proposed = current.original();
        ImportService.Notes notes = current.notes();
        tasks.run(() -> saving(draft, proposed, notes, false), outcome -> {
            ImportService.Saved saved = outcome.saved();
            switch (saved.status()) {
                case "duplicate" -> {
                    dialogs.showInformation(messages.get("review.title"),
                            messages.format("review.duplicate", outcome.meeting()));
                    onSaved.accept(saved.meetingId());
                    next();
                }
                case "merge_offered" -> {
                    if (dialogs.ask(messages.get("review.title"), messages.format("review.merge", outcome.meeting()),
                            messages.get("review.mergeAction"), messages.get("review.mergeNo"), false)) {
                        tasks.run(() -> saving(draft, proposed, notes, true), this::finished, this::failed);
                    }
                }
                default -> finished(outcome);
            }
        }, this::failed);
    }

    /** What saving did, with the meeting concerned as an officer knows it: "25/11/2025 · its title". */
    private record Outcome(ImportService.Saved saved, String meeting) {
    }

    private Outcome saving(Draft draft, Draft proposed, ImportService.Notes notes, boolean merge) {
        ImportService.Saved saved = service().saveWithNotes(draft, proposed, merge, notes);
        var meeting = new RecordService(store).meeting(saved.meetingId());
        String date = meeting.date().known() ? vn.protocolbrief.ui.common.DateField.format(meeting.date(), messages.lang())
                : messages.get("date.unknown");
        return new Outcome(saved, "“" + date + " · " + (meeting.title() == null ? meeting.id() : meeting.title()) + "”");
    }

    private void finished(Outcome outcome) {
        synchronized (this) {
            service = null; // the next article may name the partner or the people this one added
        }
        dialogs.showInformation(messages.get("review.title"), "merged".equals(outcome.saved().status())
                ? messages.format("review.merged", outcome.meeting()) : messages.format("review.saved", outcome.meeting()));
        onSaved.accept(outcome.saved().meetingId());
        next();
    }

    private void failed(Throwable e) {
        dialogs.showError(messages.get("review.failed"), messages.reason(e));
    }

    /** Built on first use: reading the reference lists takes a moment the window's start should not wait for. */
    private synchronized ImportService service() {
        if (service == null) {
            service = new ImportService(store);
        }
        return service;
    }

    public ReadOnlyObjectProperty<DraftForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** "Bài 2/5 · file.txt". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }
}
