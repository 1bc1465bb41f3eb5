package vn.protocolbrief.ui.review;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.service.MeetingReviews;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The meetings nobody has reviewed yet (saved in bulk from articles), across every province: the officer opens one,
 * reads what was saved beside the article it came from, and marks it reviewed — or opens it in the history to
 * correct it (saving the form marks it reviewed too).
 */
public final class ReviewViewModel {
    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<String> showMeeting;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper record = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper article = new ReadOnlyStringWrapper("");
    private Runnable onReviewed = () -> { };

    /** A meeting nobody has reviewed, as the list shows it. */
    public record Row(String meetingId, String date, String province, String partner, String title, int requests,
                      int gifts) {
    }

    /** @param showMeeting shows a meeting in the pair's history (where it can be edited) */
    public ReviewViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages,
                           Consumer<String> showMeeting) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.showMeeting = showMeeting;
        selected.addListener((o, was, now) -> load(now));
    }

    /** Told after a meeting is marked reviewed (the history's marks change). */
    public void onReviewed(Runnable listener) {
        this.onReviewed = listener;
    }

    /** Reads the list again (the store may have changed: an import, an edit). */
    public void refresh() {
        tasks.run(this::read, list -> {
            String was = selected.get() == null ? null : selected.get().meetingId();
            rows.setAll(list);
            count.set(list.size());
            selected.set(list.stream().filter(r -> r.meetingId().equals(was)).findFirst().orElse(null));
        }, this::failed);
    }

    private List<Row> read() {
        var unreviewed = new MeetingReviews(store).unreviewed(null);
        Map<String, String> provinces = new java.util.HashMap<>();
        Map<String, String> partners = new java.util.HashMap<>();
        boolean en = "en".equals(messages.lang());
        store.reads(r -> {
            for (Province p : r.provinces()) {
                provinces.put(p.id(), en ? p.nameEn() : p.nameVi());
            }
            for (Partner p : r.partners()) {
                partners.put(p.id(), p.name(messages.lang()));
            }
            return null;
        });
        return unreviewed.stream().map(u -> new Row(u.meetingId(), u.date() == null ? messages.get("date.unknown")
                        : vn.protocolbrief.ui.common.DateField.format(PartialDate.of(u.date()), messages.lang()),
                provinces.getOrDefault(u.provinceId(), u.provinceId()),
                u.partnerId() == null ? "" : partners.getOrDefault(u.partnerId(), u.partnerId()),
                u.title() == null ? "" : u.title(), u.requests(), u.gifts())).toList();
    }

    /** The selected meeting as saved, and the article it came from, side by side. */
    private void load(Row row) {
        if (row == null) {
            record.set("");
            article.set("");
            return;
        }
        tasks.run(() -> store.reads(r -> {
            Meeting m = r.meeting(row.meetingId()).orElse(null);
            if (m == null) {
                return new String[]{"", ""};
            }
            StringBuilder text = new StringBuilder();
            for (String id : m.sourceIds()) {
                // The headline when the text does not open with it (a page's title kept apart from its body).
                r.source(id).ifPresent(s -> text.append(s.title() == null || s.fullText().startsWith(s.title()) ? ""
                        : s.title() + "\n\n").append(s.fullText()).append("\n\n"));
            }
            return new String[]{describe(m, row, r.personsById()), text.toString().strip()};
        }), texts -> {
            record.set(texts[0]);
            article.set(texts[1]);
        }, this::failed);
    }

    private String describe(Meeting m, Row row, Map<String, vn.protocolbrief.domain.Person> persons) {
        StringBuilder b = new StringBuilder();
        b.append(row.date()).append(" · ").append(row.province()).append(" · ").append(row.partner()).append('\n');
        if (m.title() != null) {
            b.append(m.title()).append('\n');
        }
        b.append('\n');
        for (var p : m.participants()) {
            var person = persons.get(p.personId());
            b.append(messages.get("review.person")).append(": ")
                    .append(person == null ? p.personId() : person.displayName())
                    .append(p.title() == null ? "" : ", " + p.title()).append('\n');
        }
        for (var r : m.requests()) {
            b.append(messages.get("review.request")).append(": ").append(r.text()).append('\n');
        }
        for (var g : m.gifts()) {
            b.append(messages.get("review.gift")).append(": ").append(g.item()).append('\n');
        }
        return b.toString().strip();
    }

    /** Marks the selected meeting reviewed by the officer, after asking: only someone who read it may. */
    public void markSelected() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("unreviewed.mark"), messages.format("unreviewed.confirm", row.title(),
                reviewer()))) {
            return;
        }
        tasks.run(() -> new MeetingReviews(store).mark(row.meetingId()), r -> {
            refresh();
            onReviewed.run();
        }, this::failed);
    }

    /** Shows the selected meeting in its pair's history, where it can be corrected. */
    public void openSelected() {
        if (selected.get() != null) {
            showMeeting.accept(selected.get().meetingId());
        }
    }

    private void failed(Throwable e) {
        dialogs.showError(messages.get("error.title"), messages.reason(e));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty recordProperty() {
        return record.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** Who marks meetings reviewed in this window. */
    public String reviewer() {
        return store.actor().name();
    }
}
