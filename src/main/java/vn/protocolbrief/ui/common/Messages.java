package vn.protocolbrief.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The window's words: Vietnamese by default, English switchable; every string comes from the bundles. */
public final class Messages {
    public static final String BUNDLE = "vn.protocolbrief.ui.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private final String lang;

    public Messages(String lang) {
        this.lang = "en".equals(lang) ? "en" : "vi";
        this.locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "vi" or "en". */
    public String lang() {
        return lang;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * A failure as the officer reads it: a write the office's server refused to a reader in the window's language,
     * any other as its message says.
     */
    public String reason(Throwable e) {
        if (e instanceof vn.protocolbrief.store.RightsRefusedException r && r.readerWrite()) {
            return format("office.refused", r.role());
        }
        return e.getMessage();
    }
}
