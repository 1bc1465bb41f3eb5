package vn.protocolbrief.ui.shell;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The window's language: the officer's choice once made (kept in the user's preferences, key {@value #KEY}); before
 * any choice, the computer's language — Vietnamese on a Vietnamese system, English on any other.
 */
public final class WindowLanguage {
    static final String KEY = "lang";

    private WindowLanguage() {
    }

    /** The language to open the window in: "vi" or "en". */
    public static String of(Preferences prefs, Locale system) {
        String chosen = prefs.get(KEY, null);
        if ("vi".equals(chosen) || "en".equals(chosen)) {
            return chosen;
        }
        return "vi".equals(system.getLanguage()) ? "vi" : "en";
    }

    /** The officer picked a language: it sticks from now on, whatever the computer's language. */
    public static void choose(Preferences prefs, String lang) {
        prefs.put(KEY, lang);
    }
}
