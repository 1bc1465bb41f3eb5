package vn.protocolbrief.ui.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.store.BriefRecordRepository;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The briefing-pack composer for the chosen province and partner: visit date, leader, language and
 * classification; renders in the background, then shows the pages; saves a copy; lists past packs.
 */
public final class ComposerViewModel {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final javafx.beans.property.ReadOnlyObjectProperty<SelectedPair> pair;
    private final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>();
    private final StringProperty leader = new SimpleStringProperty("");
    private final StringProperty lang = new SimpleStringProperty("vi");
    private final StringProperty classification = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<byte[]> pages = FXCollections.observableArrayList();
    private final ObservableList<BriefRecordRepository.BriefRecord> pastPacks = FXCollections.observableArrayList();
    private final ObservableList<PartChoice> parts = FXCollections.observableArrayList();
    /** Set on the FX thread by cancel(); read there when the render finishes. */
    private boolean cancelled;

    public ComposerViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages,
                             javafx.beans.property.ReadOnlyObjectProperty<SelectedPair> pair) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.pair = pair;
        vn.protocolbrief.brief.Labels labels = new vn.protocolbrief.brief.Labels(messages.lang());
        for (String part : BriefRequest.PARTS) {
            parts.add(new PartChoice(part, labels.get("part." + part)));
        }
        pair.addListener(o -> loadPastPacks());
    }

    /** Renders the pack into a temporary file, then its pages for the preview. */
    public void render() {
        SelectedPair shown = pair.get();
        if (shown == null || shown.partner() == null) {
            dialogs.showError(messages.get("error.title"), messages.get("composer.choose"));
            return;
        }
        List<String> chosen = parts.stream().filter(p -> p.included().get()).map(PartChoice::id).toList();
        if (chosen.isEmpty()) {
            dialogs.showError(messages.get("error.title"), messages.get("composer.noParts"));
            return;
        }
        busy.set(true);
        cancelled = false;
        BriefRequest request = new BriefRequest(shown.provinceId(), shown.partnerId(),
                leader.get() == null || leader.get().isBlank() ? null : leader.get().strip(), visitDate.get(),
                lang.get(), classification.get() == null || classification.get().isBlank() ? null
                : classification.get().strip(), chosen);
        tasks.run(() -> {
            Path out = Files.createTempFile("protocol-brief-", ".pdf");
            out.toFile().deleteOnExit();
            new BriefService(store, Clock.systemDefaultZone()).generate(request, out);
            List<byte[]> images = BriefService.pageImages(out, 60);
            return new Object[]{out, images};
        }, result -> {
            busy.set(false);
            if (cancelled) {
                return;
            }
            file.set((Path) result[0]);
            @SuppressWarnings("unchecked") List<byte[]> images = (List<byte[]>) result[1];
            pages.setAll(images);
            loadPastPacks();
        }, e -> {
            busy.set(false);
            dialogs.showError(messages.get("composer.failed"), e.getMessage());
        });
    }

    /** A part of the pack, ticked to include it; its place in {@link #parts()} is its place in the pack. */
    public record PartChoice(String id, String label, javafx.beans.property.BooleanProperty included) {
        PartChoice(String id, String label) {
            this(id, label, new javafx.beans.property.SimpleBooleanProperty(true));
        }
    }

    /** The parts in the order they will appear. */
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

    /** Copies the rendered pack where the officer chose. */
    public void saveAs(Path target) {
        Path current = file.get();
        if (current == null || target == null) {
            return;
        }
        try {
            Files.copy(current, target, StandardCopyOption.REPLACE_EXISTING);
            dialogs.showInformation(messages.get("composer.title"), messages.format("composer.saved", target));
        } catch (IOException e) {
            dialogs.showError(messages.get("composer.failed"), messages.format("composer.cannotSave", target,
                    vn.protocolbrief.store.TempFiles.reason(e)));
        }
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
                e -> dialogs.showError(messages.get("error.title"), e.getMessage()));
    }

    public ObjectProperty<LocalDate> visitDateProperty() {
        return visitDate;
    }

    public StringProperty leaderProperty() {
        return leader;
    }

    public StringProperty langProperty() {
        return lang;
    }

    public StringProperty classificationProperty() {
        return classification;
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

    public ObservableList<BriefRecordRepository.BriefRecord> pastPacks() {
        return pastPacks;
    }
}
