package vn.protocolbrief.ui.brief;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.brief.BriefModel;
import vn.protocolbrief.brief.Labels;
import vn.protocolbrief.domain.Visit;

/** The talking points of the pack last rendered, as the officer may change them before they are kept with the visit. */
public final class TalkingPoints {
    private final ObservableList<PointRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(false);

    /** A talking point as the officer may change it; {@code kind} is its place in the speech. */
    public record PointRow(String kind, String heading, StringProperty text, List<String> recordIds) {
    }

    /** The points of a rendered pack, headed as the pack heads them. */
    void show(BriefModel model) {
        Labels labels = new Labels(model.meta().lang());
        rows.setAll(model.talkingPoints().stream().map(t -> new PointRow(t.kind(),
                labels.format("points.kind." + t.kind(), model.meta().provinceName()), new SimpleStringProperty(t.text()),
                t.recordIds())).toList());
        edited.set(model.meta().pointsEdited());
    }

    /** Whether the visit now shown keeps the officer's own words for its points. */
    void shownVisit(Visit v) {
        edited.set(v != null && !v.points().isEmpty());
    }

    /** The points as the officer left them; an emptied point is left out. */
    List<Visit.SpeechPoint> asEdited() {
        return rows.stream().filter(p -> !VisitForm.blank(p.text().get()))
                .map(p -> new Visit.SpeechPoint(p.kind(), p.text().get().strip(), p.recordIds(), List.of())).toList();
    }

    ObservableList<PointRow> rows() {
        return rows;
    }

    ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }
}
