package vn.protocolbrief.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import vn.protocolbrief.domain.Text;

/**
 * A picker that behaves like a search box: a text field whose text is only ever what the person typed (spaces,
 * Tab, arrows and Home/End act as in any text field), and a list under it of the items that match, diacritics and
 * case ignored — exact matches first, then those that start with the text, then the rest ("gia" puts Gia Lai
 * first). Down and Up move in the list, Enter or a click chooses, Escape closes it and puts back the chosen name.
 * Leaving the field with one match chooses it; with none or several, the last choice stays.
 */
public final class SearchPicker<T> extends StackPane {
    private final ObservableList<T> items;
    private final Function<T, String> label;
    private final Function<T, String> searchText;
    private final TextField editor = new TextField();
    private final ObservableList<T> shown = FXCollections.observableArrayList();
    private final ListView<T> list = new ListView<>(shown);
    private final Popup popup = new Popup();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private Function<String, Optional<T>> resolver = text -> Optional.empty();
    /** True while the control itself writes the editor (a choice), so that it is not taken as typing. */
    private boolean writing;

    public SearchPicker(ObservableList<T> items, Function<T, String> label, Function<T, String> searchText) {
        this.items = items;
        this.label = label;
        this.searchText = searchText;
        getStyleClass().add("search-picker");
        org.kordamp.ikonli.javafx.FontIcon chevron = new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.feather.Feather.CHEVRON_DOWN);
        chevron.setMouseTransparent(false);
        chevron.setOnMouseClicked(e -> {
            editor.requestFocus();
            if (popup.isShowing()) {
                popup.hide();
            } else {
                filter("");
            }
        });
        StackPane.setAlignment(chevron, javafx.geometry.Pos.CENTER_RIGHT);
        StackPane.setMargin(chevron, new javafx.geometry.Insets(0, 10, 0, 0));
        editor.setStyle("-fx-padding: 6 28 6 10;");
        getChildren().addAll(editor, chevron);
        editor.setAccessibleRoleDescription("combo box");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        list.setPrefHeight(260);
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnAutoHide(e -> settle());

        editor.textProperty().addListener((o, was, now) -> {
            if (!writing && editor.isFocused()) {
                filter(now);
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> {
                    if (!popup.isShowing()) {
                        filter(editor.getText());
                    }
                    move(1);
                    e.consume();
                }
                case UP -> {
                    move(-1);
                    e.consume();
                }
                case ENTER -> {
                    T pick = list.getSelectionModel().getSelectedItem();
                    if (pick == null && !shown.isEmpty() && popup.isShowing()) {
                        pick = shown.get(0);
                    }
                    if (pick != null && popup.isShowing()) {
                        choose(pick);
                        e.consume();
                    }
                }
                case ESCAPE -> {
                    if (popup.isShowing()) {
                        popup.hide();
                        putBack();
                        e.consume();
                    }
                }
                default -> {
                }
            }
        });
        editor.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                // Tab or a click into the field keeps the name and selects it, so typing replaces it; the caret
                // at the start keeps the name's beginning in view ("Phú Thọ — Vĩnh Phúc, …", not "— Vĩnh Phúc, …").
                javafx.application.Platform.runLater(() -> editor.selectRange(editor.getLength(), 0));
            } else if (!popup.isShowing()) {
                settle();
            }
        });
        value.addListener((o, was, now) -> putBack());
        items.addListener((ListChangeListener<T>) c -> {
            if (popup.isShowing()) {
                filter(editor.getText());
            }
        });
    }

    /**
     * Also offers the item the command line would resolve the typed text to ("TP Quy Nhơn", "tỉnh Bình Định
     * cũ", "Ashikaga City"), when it is not among the plain matches.
     */
    public void setResolver(Function<String, Optional<T>> resolver) {
        this.resolver = resolver;
    }

    /** Shows the items that match the text, the best first, and opens the list. */
    public void filter(String typed) {
        String key = Text.key(typed == null ? "" : typed);
        List<T> out = new ArrayList<>();
        if (key.isEmpty()) {
            out.addAll(items);
        } else {
            for (T item : items) {
                if (rank(item, key) < 5) {
                    out.add(item);
                }
            }
            out.sort(Comparator.comparingInt((T item) -> rank(item, key)));
            resolver.apply(typed).filter(r -> !out.contains(r)).ifPresent(r -> out.add(0, r));
        }
        shown.setAll(out);
        // Nothing highlighted yet: Down highlights the first, Enter alone takes the first.
        list.getSelectionModel().clearSelection();
        if (!shown.isEmpty()) {
            list.scrollTo(0);
        }
        show();
    }

    /**
     * 0: the name is the text; 1: the name starts with it; 2: a word of any of its names starts with it; 3: a name
     * contains it; 4: each typed word starts a word of its names; 5: no match.
     */
    private int rank(T item, String key) {
        String name = Text.key(label.apply(item));
        if (name.equals(key)) {
            return 0;
        }
        if (name.startsWith(key)) {
            return 1;
        }
        // The item's names are separated by "|" (a province and its predecessors, a partner and its aliases).
        String[] names = searchText.apply(item).split("\\|");
        int best = 5;
        for (String n : names) {
            String all = Text.key(n);
            if (all.isEmpty()) {
                continue;
            }
            if ((" " + all).contains(" " + key)) {
                best = Math.min(best, 2);
            } else if (all.contains(key)) {
                best = Math.min(best, 3);
            } else if (allWordsStart(all, key)) {
                // Every typed word starts a word of one of its names, in any order ("tong lanh su ho chi minh").
                best = Math.min(best, 4);
            }
        }
        return best;
    }

    private static boolean allWordsStart(String name, String key) {
        String words = " " + name.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String t : key.split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty() && !words.contains(" " + t)) {
                return false;
            }
        }
        return true;
    }

    private void move(int by) {
        if (shown.isEmpty()) {
            return;
        }
        int i = list.getSelectionModel().getSelectedIndex() + by;
        i = Math.max(0, Math.min(shown.size() - 1, i));
        list.getSelectionModel().select(i);
        list.scrollTo(i);
    }

    /** Opens the list under the field. */
    public void show() {
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        if (shown.isEmpty() && Text.key(editor.getText()).isEmpty()) {
            shown.setAll(items);
        }
        list.setPrefWidth(Math.max(getWidth(), 260));
        Bounds b = editor.localToScreen(editor.getBoundsInLocal());
        if (b != null && !popup.isShowing()) {
            popup.show(editor, b.getMinX(), b.getMaxY());
        }
    }

    public void hide() {
        popup.hide();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void choose(T item) {
        popup.hide();
        if (item != null) {
            value.set(item);
        }
        putBack();
    }

    /** Leaving without choosing: one match is the choice; otherwise the last choice stays. */
    private void settle() {
        String typed = editor.getText();
        T current = value.get();
        if (current != null && label.apply(current).equals(typed)) {
            return;
        }
        String key = Text.key(typed == null ? "" : typed);
        if (!key.isEmpty()) {
            List<T> exact = items.stream().filter(i -> rank(i, key) == 0).toList();
            List<T> matches = exact.isEmpty() ? items.stream().filter(i -> rank(i, key) < 5).toList() : exact;
            if (matches.size() == 1) {
                value.set(matches.get(0));
                putBack();
                return;
            }
            Optional<T> resolved = resolver.apply(typed);
            if (resolved.isPresent()) {
                value.set(resolved.get());
                putBack();
                return;
            }
        }
        putBack();
    }

    /** The field shows the chosen item's name (or nothing). */
    private void putBack() {
        writing = true;
        editor.setText(value.get() == null ? "" : label.apply(value.get()));
        editor.positionCaret(0);
        writing = false;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T getValue() {
        return value.get();
    }

    public void setValue(T item) {
        value.set(item);
    }

    public TextField getEditor() {
        return editor;
    }

    /** The items the typed text leaves (what the list shows), best first. */
    public ObservableList<T> shown() {
        return shown;
    }

    public void setPromptText(String text) {
        editor.setPromptText(text);
    }

    public StringProperty promptTextProperty() {
        return editor.promptTextProperty();
    }

    public void setEditable(boolean editable) {
        editor.setEditable(editable);
    }
}
