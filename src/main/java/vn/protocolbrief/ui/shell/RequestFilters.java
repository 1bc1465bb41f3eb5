package vn.protocolbrief.ui.shell;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.ui.shell.MainViewModel.RequestRow;

/** The pair's requests as the requests tab shows them: those of the chosen category, status and direction (null: any). */
public final class RequestFilters {
    private final ObservableList<RequestRow> all = FXCollections.observableArrayList();
    private final FilteredList<RequestRow> shown = new FilteredList<>(all, r -> true);
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<RequestStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> direction = new SimpleObjectProperty<>();

    RequestFilters() {
        category.addListener((o, a, b) -> apply());
        status.addListener((o, a, b) -> apply());
        direction.addListener((o, a, b) -> apply());
    }

    /** The pair's requests, all of them; the filters choose those shown. */
    void setAll(List<RequestRow> rows) {
        all.setAll(rows);
    }

    private void apply() {
        String c = category.get();
        RequestStatus s = status.get();
        String d = direction.get();
        shown.setPredicate(r -> (c == null || r.categoryIds().contains(c))
                && (s == null || r.status() == s) && (d == null || r.direction().equals(d)));
    }

    /** The requests shown. */
    ObservableList<RequestRow> shown() {
        return shown;
    }

    /** True while a filter hides some of the pair's requests. */
    public BooleanBinding filtered() {
        return category.isNotNull().or(status.isNotNull()).or(direction.isNotNull());
    }

    /** Clears every filter. */
    public void clear() {
        category.set(null);
        status.set(null);
        direction.set(null);
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<RequestStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> directionProperty() {
        return direction;
    }
}
