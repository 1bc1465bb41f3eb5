package vn.protocolbrief.brief;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.protocolbrief.domain.PartialDate;

/** The pack's words in one language; records stay as they were written. */
public final class Labels {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final String lang;

    public Labels(String lang) {
        this.lang = lang;
        this.locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        // Properties bundles are read as UTF-8 since Java 9; the root bundle is Vietnamese.
        this.bundle = ResourceBundle.getBundle("vn.protocolbrief.brief.labels", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String lang() {
        return lang;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing label '" + key + "' for " + lang, e);
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A date as this pack writes it; unknown dates say so. */
    public String date(PartialDate d) {
        return d == null || !d.known() ? get("date.unknown") : d.display();
    }

    public String number(java.math.BigDecimal amount) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMaximumFractionDigits(2);
        String s = f.format(amount);
        // Vietnamese groups thousands with dots: 1.260.400 (independent of the runtime's locale data).
        return "en".equals(lang) ? s : s.replace(',', '\u0001').replace('.', ',').replace('\u0001', '.');
    }
}
