package vn.protocolbrief.ui.brief;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.protocolbrief.domain.SensitiveMark;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.SensitiveService;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The sensitive mark of the visit the composer shows: whether it is marked, who marked it and when, and the box
 * that marks it or takes the mark off through the same service as the `sensitive` command. The mark is checked
 * against the visit's version as it was read with the visit: a colleague's change since is refused, saying who and
 * when, and the mark is read again.
 */
public final class VisitMark {
    private final SensitiveService marks;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final ReadOnlyBooleanWrapper sensitive = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private String visitId;
    private long version;

    VisitMark(SensitiveService marks, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.marks = marks;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
    }

    private record Read(String visitId, Optional<SensitiveMark> mark, long version) {
    }

    /** The visit now shown (null: a new one, not saved, which cannot be marked yet). */
    void show(Visit v) {
        visitId = v == null ? null : v.id();
        if (visitId == null) {
            shown(new Read(null, Optional.empty(), 0));
            return;
        }
        String id = visitId;
        tasks.run(() -> new Read(id, marks.of("visit", id), marks.version("visit", id)), this::shown,
                e -> dialogs.showError(m.get("error.title"), m.reason(e)));
    }

    /** Reads the shown visit's mark again (after an undo, a colleague's change). */
    public void reload() {
        if (visitId != null) {
            String id = visitId;
            tasks.run(() -> new Read(id, marks.of("visit", id), marks.version("visit", id)), this::shown,
                    e -> dialogs.showError(m.get("error.title"), m.reason(e)));
        }
    }

    private void shown(Read read) {
        if (!java.util.Objects.equals(read.visitId(), visitId)) {
            return; // another visit was chosen meanwhile
        }
        version = read.version();
        sensitive.set(read.mark().isPresent());
        said.set(read.mark().map(x -> m.format("composer.visitMarked", x.markedBy(), x.markedAt().replace('T', ' ')))
                .orElse(""));
    }

    /** The officer ticked or cleared the box. */
    public void mark(boolean on) {
        if (visitId == null || on == sensitive.get()) {
            return;
        }
        String id = visitId;
        long basedOn = version;
        tasks.run(() -> {
            Optional<SensitiveMark> mark = marks.set("visit", id, on, basedOn);
            return new Read(id, mark, marks.version("visit", id));
        }, this::shown, e -> {
            dialogs.showError(m.get("error.title"), m.reason(e));
            reload();
        });
    }

    public ReadOnlyBooleanProperty sensitiveProperty() {
        return sensitive.getReadOnlyProperty();
    }

    /** "Marked by Lan · 2026-12-07 09:30", empty when not marked. */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }
}
