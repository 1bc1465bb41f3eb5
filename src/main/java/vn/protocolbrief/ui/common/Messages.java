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
     * A failure as the officer reads it, in the window's language: a service's refusal by its code, a store's or the
     * importer's problem by its key, a write the office's server refused to a reader by its role. Anything else carries only the command line's
     * English, which the Vietnamese window shows as such, under a line of its own.
     */
    public String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof vn.protocolbrief.store.RightsRefusedException r) {
                // by the login's role, never the server's words ("permission denied for table …")
                return r.readerWrite() ? format("office.refused", r.role())
                        : format("office.refusedRole", r.role().isEmpty() ? "—" : r.role());
            }
            if (t instanceof vn.protocolbrief.store.StaleEditException stale) {
                return format("error.stale", stale.changedBy() == null ? get("conflict.someone") : stale.changedBy(),
                        stale.changedAt() == null ? "" : stale.changedAt().replace('T', ' '));
            }
            if (t instanceof vn.protocolbrief.domain.UserProblem u) {
                return u.said(lang);
            }
            if (t instanceof vn.protocolbrief.store.StoreException s && s.said() != null) {
                return s.said().said(lang);
            }
            if (t instanceof vn.protocolbrief.store.StoreException s && s.storeProblem() != null) {
                return format(s.storeProblem().key(), s.args().toArray());
            }
            if (t instanceof vn.protocolbrief.ingest.ImportException ie) {
                return format("problem." + ie.problem().name().toLowerCase(Locale.ROOT), ie.args().toArray());
            }
        }
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null && shown.getCause() != shown) {
            shown = shown.getCause();
        }
        String said = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return "en".equals(lang) ? said : format("error.inEnglish", said);
    }
}
