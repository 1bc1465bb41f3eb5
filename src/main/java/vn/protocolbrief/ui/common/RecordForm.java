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
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * The fields of one record being created or edited, as text, with the rules that must hold before it is
 * saved. Views draw it (a dialog with ControlsFX decorations); view-models build and read it; tests fill it.
 */
public final class RecordForm {
    public enum Type { TEXT, AREA, DATE, CHOICE, NUMBER }

    /** A value a choice field may take and how it is shown. */
    public record Choice(String value, String label) {
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

        Field(String key, String label, Type type, boolean required, List<Choice> choices, String prompt, String value) {
            this.key = key;
            this.label = label;
            this.type = type;
            this.required = required;
            this.choices = choices;
            this.prompt = prompt;
            this.initial = value == null ? "" : value;
            this.value = new SimpleStringProperty(this.initial);
        }
    }

    private final String title;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, Function<String, String>> rules = new LinkedHashMap<>();

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

    /** A choice; an empty value among the choices ("none") makes it optional. */
    public RecordForm choice(String key, String label, String value, List<Choice> choices) {
        boolean optional = choices.stream().anyMatch(c -> c.value().isEmpty());
        return add(new Field(key, label, Type.CHOICE, !optional, List.copyOf(choices), null,
                value != null ? value : choices.isEmpty() ? "" : choices.get(0).value()));
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
        return fields.stream().anyMatch(f -> !Objects.equals(f.initial, f.value.get() == null ? "" : f.value.get()));
    }
}
