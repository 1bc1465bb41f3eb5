package vn.protocolbrief.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** Small builders every view uses. */
public final class Fx {
    private Fx() {
    }

    /** A one-way converter: how a choice is shown. */
    public static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A button with a Feather icon (Ikonli) before its label. */
    public static javafx.scene.control.Button button(String label, org.kordamp.ikonli.Ikon icon) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(label, new org.kordamp.ikonli.javafx.FontIcon(icon));
        b.setGraphicTextGap(6);
        return b;
    }

    /** A read-only text column. */
    public static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        if (width <= 130) {
            c.setMinWidth(width); // dates and arrows stay whole when the table is squeezed
        }
        return c;
    }
}
