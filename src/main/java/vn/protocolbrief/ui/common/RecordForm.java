package vn.protocolbrief.ui.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * The fields of one record being created or edited, as text, with the rules that must hold before it is
 * saved. Views draw it (a dialog with ControlsFX decorations); view-models build and read it; tests fill it.
 */
public final class RecordForm {
    public enum Type { TEXT, AREA, DATE, CHOICE, NUMBER, ROWS, CHECK }

    /** A value a choice field may take and how it is shown. */
    public record Choice(String value, String label) {
    }

    /** A column of a rows field (a person's posts: title, organisation, from, to). */
    public record Column(String key, String label, boolean date, boolean required) {
    }

    public static final class Field {
        public final String key;
        public final String label;
        public final Type type;
        public final boolean required;
        public final List<Choice> choices;
        public final String prompt;
        public final StringProperty value;
        final String initial;
        /** A rows field's columns and rows (each row: column key to its text); empty for other fields. */
        public final List<Column> columns;
        public final ObservableList<Map<String, StringProperty>> rows = FXCollections.observableArrayList();

        Field(String key, String label, Type type, boolean required, List<Choice> choices, String prompt, String value) {
            this.key = key;
            this.label = label;
            this.type = type;
            this.required = required;
            this.choices = choices;
            this.prompt = prompt;
            this.initial = value == null ? "" : value;
            this.value = new SimpleStringProperty(this.initial);
            this.columns = List.of();
        }

        /** Rows: {@code value} is the rows written as one text, so that a change of any cell is a change of it. */
        Field(String key, String label, List<Column> columns, String prompt, List<Map<String, String>> initialRows) {
            this.key = key;
            this.label = label;
            this.type = Type.ROWS;
            this.required = false;
            this.choices = List.of();
            this.prompt = prompt;
            this.columns = List.copyOf(columns);
            this.value = new SimpleStringProperty("");
            for (Map<String, String> r : initialRows) {
                addRow(r);
            }
            this.initial = written();
            this.value.set(initial);
            rows.addListener((javafx.collections.ListChangeListener<Map<String, StringProperty>>) c -> value.set(written()));
        }

        /** Adds a row (cells from {@code cells}, blank where absent). */
        public void addRow(Map<String, String> cells) {
            Map<String, StringProperty> row = new LinkedHashMap<>();
            for (Column c : columns) {
                StringProperty cell = new SimpleStringProperty(cells.getOrDefault(c.key(), ""));
                cell.addListener((o, a, b) -> value.set(written()));
                row.put(c.key(), cell);
            }
            rows.add(row);
        }

        private String written() {
            StringBuilder b = new StringBuilder();
            for (Map<String, StringProperty> row : rows) {
                for (Column c : columns) {
                    b.append(row.get(c.key()).get() == null ? "" : row.get(c.key()).get()).append('\u001f');
                }
                b.append('\u001e');
            }
            return b.toString();
        }
    }

    private final String title;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, Function<String, String>> rules = new LinkedHashMap<>();
    private final Map<String, Function<Map<String, String>, String>> rowRules = new LinkedHashMap<>();

    /** Dates are shown and typed as the window's language writes them. */
    private final String lang;

    public RecordForm(String title) {
        this(title, "vi");
    }

    public RecordForm(String title, String lang) {
        this.title = title;
        this.lang = lang;
    }

    public String title() {
        return title;
    }

    public RecordForm text(String key, String label, String value, boolean required) {
        return add(new Field(key, label, Type.TEXT, required, List.of(), null, value));
    }

    public RecordForm area(String key, String label, String value, boolean required, String prompt) {
        return add(new Field(key, label, Type.AREA, required, List.of(), prompt, value));
    }

    /** A date known to the day, month or year, day first ("25/11/2025", "11/2025", "2025"). */
    public RecordForm date(String key, String label, PartialDate value, boolean required) {
        return add(new Field(key, label, Type.DATE, required, List.of(), "en".equals(lang) ? "day/month/year"
                : "ngày/tháng/năm", value == null || !value.known() ? "" : DateField.format(value, lang)));
    }

    public RecordForm number(String key, String label, BigDecimal value) {
        return add(new Field(key, label, Type.NUMBER, false, List.of(), null,
                value == null ? "" : value.toPlainString()));
    }

    /** A yes-or-no box, {@code says} beside it: its value is "true" when ticked, empty when not. */
    public RecordForm check(String key, String label, boolean value, String says) {
        return add(new Field(key, label, Type.CHECK, false, List.of(), says, value ? "true" : ""));
    }

    /** Whether a yes-or-no box is ticked. */
    public boolean checked(String key) {
        return "true".equals(value(key));
    }

    /** A choice; an empty value among the choices ("none") makes it optional. */
    public RecordForm choice(String key, String label, String value, List<Choice> choices) {
        boolean optional = choices.stream().anyMatch(c -> c.value().isEmpty());
        return add(new Field(key, label, Type.CHOICE, !optional, List.copyOf(choices), null,
                value != null ? value : choices.isEmpty() ? "" : choices.get(0).value()));
    }

    /**
     * Rows of a few columns, each row a record of its own (a person's posts): rows can be added and removed; a
     * row left blank is ignored. {@code prompt} names the button that adds a row.
     */
    public RecordForm rows(String key, String label, List<Column> columns, String prompt, List<Map<String, String>> rows) {
        return add(new Field(key, label, columns, prompt, rows));
    }

    /** A rule on each filled row of a rows field: returns a message key when the row is wrong, else null. */
    public RecordForm rowRule(String key, Function<Map<String, String>, String> rule) {
        rowRules.put(key, rule);
        return this;
    }

    /** The filled rows of a rows field, each cell NFC and stripped, null when blank. */
    public List<Map<String, String>> rows(String key) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, StringProperty> row : field(key).rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.forEach((k, v) -> cells.put(k, Text.clean(v.get())));
            if (cells.values().stream().anyMatch(Objects::nonNull)) {
                out.add(cells);
            }
        }
        return out;
    }

    /** A further rule on one field: returns a message key when the value is wrong, else null. */
    public RecordForm rule(String key, Function<String, String> rule) {
        rules.put(key, rule);
        return this;
    }

    private RecordForm add(Field f) {
        fields.add(f);
        return this;
    }

    public List<Field> fields() {
        return List.copyOf(fields);
    }

    public Field field(String key) {
        return fields.stream().filter(f -> f.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + key));
    }

    /** The field's text, NFC and stripped; null when blank. */
    public String value(String key) {
        return Text.clean(field(key).value.get());
    }

    public PartialDate date(String key) {
        return vn.protocolbrief.domain.DateInput.parse(value(key));
    }

    public BigDecimal number(String key) {
        String v = value(key);
        return v == null ? null : new BigDecimal(v.replace(" ", "").replace(',', '.'));
    }

    public void set(String key, String value) {
        field(key).value.set(value);
    }

    /** The first thing wrong with a field, as a message key, or null. */
    public String error(String key) {
        Field f = field(key);
        if (f.type == Type.ROWS) {
            return rowsError(f);
        }
        String v = f.value.get() == null ? "" : f.value.get().strip();
        if (v.isEmpty()) {
            return f.required ? "form.error.required" : null;
        }
        if (f.type == Type.DATE) {
            try {
                vn.protocolbrief.domain.DateInput.parse(v);
            } catch (IllegalArgumentException e) {
                return "form.error.date";
            }
        }
        if (f.type == Type.NUMBER) {
            try {
                new BigDecimal(v.replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                return "form.error.number";
            }
        }
        Function<String, String> rule = rules.get(key);
        return rule == null ? null : rule.apply(v);
    }

    private String rowsError(Field f) {
        for (Map<String, String> row : rows(f.key)) {
            for (Column c : f.columns) {
                String v = row.get(c.key());
                if (v == null && c.required()) {
                    return "form.error.rowRequired";
                }
                if (v != null && c.date()) {
                    try {
                        vn.protocolbrief.domain.DateInput.parse(v);
                    } catch (IllegalArgumentException e) {
                        return "form.error.date";
                    }
                }
            }
            Function<Map<String, String>, String> rule = rowRules.get(f.key);
            String e = rule == null ? null : rule.apply(row);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** Field key to message key, for every field that is wrong; empty when the record can be saved. */
    public Map<String, String> errors() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : fields) {
            String e = error(f.key);
            if (e != null) {
                out.put(f.key, e);
            }
        }
        return out;
    }

    /** True when any field differs from what it was when the form opened. */
    public boolean changed() {
        return fields.stream().anyMatch(RecordForm::differs);
    }

    /** True when a field other than {@code key} differs from what it was when the form opened. */
    public boolean changedBesides(String key) {
        return fields.stream().filter(f -> !f.key.equals(key)).anyMatch(RecordForm::differs);
    }

    private static boolean differs(Field f) {
        return !Objects.equals(f.initial, f.value.get() == null ? "" : f.value.get());
    }
}
