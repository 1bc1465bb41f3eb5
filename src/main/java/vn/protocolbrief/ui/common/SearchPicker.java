package vn.protocolbrief.ui.common;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import vn.protocolbrief.domain.Text;

/**
 * A drop-down that filters as one types, ignoring case and Vietnamese diacritics ("binh dinh" finds Gia
 * Lai through its predecessor Bình Định): each item is matched on a search text that may hold more names
 * than its label.
 */
public final class SearchPicker<T> extends ComboBox<T> {
    private final FilteredList<T> filtered;
    private final Function<T, String> searchText;
    private final Function<T, String> label;
    private T chosen;
    private boolean restoring;

    public SearchPicker(ObservableList<T> items, Function<T, String> label, Function<T, String> searchText) {
        this.searchText = searchText;
        this.label = label;
        this.filtered = new FilteredList<>(items, x -> true);
        setItems(filtered);
        setEditable(true);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(i -> label.apply(i).equals(text)).findFirst().orElse(getValue());
            }
        });
        // Filter on what the person types, never on the text the combo box sets itself after a choice.
        getEditor().addEventHandler(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey() || e.getCode() == javafx.scene.input.KeyCode.ENTER
                    || e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                return;
            }
            filter(getEditor().getText());
        });
        // Changing the filter makes the combo box drop its selection: the last real choice is kept and
        // restored, the whole list comes back when it opens on a chosen value, and leaving the field
        // without choosing keeps the previous choice.
        valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                chosen = value;
            } else if (restoring && chosen != null) {
                Platform.runLater(this::restore);
            }
        });
        setOnShowing(e -> {
            if (chosen != null && label.apply(chosen).equals(getEditor().getText())) {
                restoring = true;
                filtered.setPredicate(x -> true);
                restoring = false;
                restore();
            }
        });
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && chosen != null && getValue() == null) {
                restore();
            }
        });
    }

    private void restore() {
        if (getValue() != chosen) {
            setValue(chosen);
        }
        getEditor().setText(label.apply(chosen));
    }

    /**
     * Also offers the item the command line would resolve the typed text to ("TP Quy Nhơn", "tỉnh Bình Định
     * cũ", "Ashikaga City"), when it is not among the plain matches.
     */
    public void setResolver(Function<String, java.util.Optional<T>> resolver) {
        this.resolver = resolver;
    }

    private Function<String, java.util.Optional<T>> resolver = text -> java.util.Optional.empty();

    /** Shows only the items whose search text holds the typed text, diacritics and case ignored. */
    public void filter(String typed) {
        String key = Text.key(typed);
        restoring = false;
        T resolved = key.isEmpty() ? null : resolver.apply(typed).orElse(null);
        filtered.setPredicate(item -> key.isEmpty() || Text.key(searchText.apply(item)).contains(key)
                || item.equals(resolved));
        if (!isShowing() && getScene() != null && getScene().getWindow() != null) {
            show();
        }
    }

    /** The items the typed text leaves (what the list shows). */
    public ObservableList<T> shown() {
        return filtered;
    }
}
