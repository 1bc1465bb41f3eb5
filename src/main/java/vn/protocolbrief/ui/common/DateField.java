package vn.protocolbrief.ui.common;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.PartialDate;

/**
 * A date as the window's language writes it, whatever the computer's locale: the officer types "03/12/2026" (the
 * 3rd of December, never March), "12/2026" or "2026", or picks a day in the calendar, which is in the window's
 * language. The text is the value; {@link #date()} reads it (null while it is not a date).
 */
public final class DateField extends HBox {
    private final TextField text = new TextField();
    /** How the text was read, in words ("12 March 2026"): a typed "12/3/2026" is never silently taken either way. */
    private final javafx.scene.control.Label reading = new javafx.scene.control.Label();
    private final DatePicker calendar = new DatePicker();
    private final ObjectProperty<PartialDate> date = new SimpleObjectProperty<>(PartialDate.UNKNOWN);
    private final String lang;

    public DateField(Messages messages) {
        super(4);
        this.lang = messages.lang();
        text.setPromptText(messages.get("date.prompt"));
        text.setPrefColumnCount(10);
        HBox.setHgrow(text, Priority.ALWAYS);
        // The calendar alone: its own text field is hidden, the button opens it.
        calendar.setShowWeekNumbers(false);
        calendar.setManaged(false);
        calendar.setVisible(false);
        calendar.setOpacity(0);
        calendar.setMaxSize(1, 1);
        Button open = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.CALENDAR));
        open.setAccessibleText(messages.get("date.calendar"));
        open.setFocusTraversable(false);
        open.setOnAction(e -> {
            PartialDate current = parseOrNull(text.getText());
            calendar.setValue(current != null && current.precision() == vn.protocolbrief.domain.DatePrecision.DAY
                    ? LocalDate.parse(current.iso()) : null);
            calendar.show();
        });
        calendar.setOnAction(e -> {
            if (calendar.getValue() != null) {
                text.setText(format(PartialDate.of(calendar.getValue().toString()), lang));
            }
        });
        text.textProperty().addListener((o, a, b) -> {
            date.set(parseOrNull(b));
            String words = inWords(date.get(), lang);
            reading.setText(words.isEmpty() ? " " : words);
        });
        reading.getStyleClass().add("date-reading");
        reading.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
        // Under the field, its line always kept, so that nothing moves while the officer types and narrow forms
        // (the composer's column) keep the field's width.
        reading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        reading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut to "12 thán…"
        double widest = 0;
        for (String day : new String[]{"2026-12-28", "2026-09-28"}) { // the longest readings, Vietnamese and English
            javafx.scene.text.Text words = new javafx.scene.text.Text(inWords(PartialDate.of(day), lang));
            words.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 11));
            widest = Math.max(widest, words.getLayoutBounds().getWidth());
        }
        reading.setPrefWidth(Math.ceil(widest) + 4);
        reading.setText(" ");
        HBox field = new HBox(4, text, open);
        HBox.setHgrow(field, Priority.ALWAYS);
        javafx.scene.layout.VBox lines = new javafx.scene.layout.VBox(1, field, reading);
        HBox.setHgrow(lines, Priority.ALWAYS);
        getChildren().addAll(lines, calendar);
    }

    public StringProperty textProperty() {
        return text.textProperty();
    }

    /** The date as read, in words beside the field. */
    public javafx.scene.control.Label reading() {
        return reading;
    }

    public TextField editor() {
        return text;
    }

    /** The date typed, or null when the text is not a date (blank is {@link PartialDate#UNKNOWN}). */
    public ObjectProperty<PartialDate> dateProperty() {
        return date;
    }

    /** Shows a date in the window's language. */
    public void setDate(PartialDate d) {
        text.setText(format(d, lang));
    }

    public static PartialDate parseOrNull(String s) {
        try {
            return DateInput.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** "12 March 2026", "March 2026", "2026"; "12 tháng 3 năm 2026", "tháng 3 năm 2026", "năm 2026"; "" when none. */
    public static String inWords(PartialDate d, String lang) {
        if (d == null || !d.known()) {
            return "";
        }
        String iso = d.iso();
        String year = iso.substring(0, 4);
        boolean en = "en".equals(lang);
        if (d.precision() == vn.protocolbrief.domain.DatePrecision.YEAR) {
            return en ? year : "năm " + year;
        }
        int month = Integer.parseInt(iso.substring(5, 7));
        String monthYear = en ? MONTH_NAMES[month - 1] + " " + year : "tháng " + month + " năm " + year;
        if (d.precision() == vn.protocolbrief.domain.DatePrecision.MONTH) {
            return monthYear;
        }
        return Integer.parseInt(iso.substring(8, 10)) + " " + monthYear;
    }

    /**
     * A date as the window writes it: "03/12/2026", "12/2026", "2026" in Vietnamese; "3 Dec 2026", "Dec 2026",
     * "2026" in English (never 12/03/2026, which one reader takes for March and another for December).
     */
    public static String format(PartialDate d, String lang) {
        if (d == null || !d.known()) {
            return "";
        }
        if (!"en".equals(lang)) {
            return d.display();
        }
        String iso = d.iso();
        return switch (d.precision()) {
            case DAY -> Integer.parseInt(iso.substring(8, 10)) + " " + MONTHS[Integer.parseInt(iso.substring(5, 7)) - 1]
                    + " " + iso.substring(0, 4);
            case MONTH -> MONTHS[Integer.parseInt(iso.substring(5, 7)) - 1] + " " + iso.substring(0, 4);
            default -> iso;
        };
    }
}
