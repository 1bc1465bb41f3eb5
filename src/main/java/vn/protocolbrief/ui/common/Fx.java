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
        c.setPrefWidth(Math.max(width, headerWidth(title)));
        // Dates and arrows stay whole when the table is squeezed, and no header is ever cut ("Địa phương (tên khi
        // đó)", "Province (name at the time)"): the table scrolls sideways rather than cut one.
        c.setMinWidth(Math.max(width <= 130 ? width : 0, headerWidth(title)));
        return c;
    }

    /** The width a column header needs for its whole title: the text, its padding and a sort arrow. */
    public static double headerWidth(String title) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(title);
        text.setFont(javafx.scene.text.Font.font("Noto Sans", javafx.scene.text.FontWeight.BOLD,
                javafx.scene.text.Font.getDefault().getSize()));
        return Math.ceil(text.getLayoutBounds().getWidth()) + 30;
    }
}
