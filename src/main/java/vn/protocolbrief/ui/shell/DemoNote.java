package vn.protocolbrief.ui.shell;

import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import vn.protocolbrief.store.DemoData;
import vn.protocolbrief.store.Store;

/** The note above the window that the store holds only the sample meetings, until the officer closes it for good. */
public final class DemoNote {
    private static final String PREF_DEMO_NOTE = "demoNoteClosed";

    private final Preferences prefs;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);

    DemoNote(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Off the FX thread: whether the store holds the sample meetings and nothing else. */
    static boolean demoOnly(Store store) {
        Set<String> demo = DemoData.meetingIds();
        return store.reads(r -> {
            List<String> ids = r.meetingIds();
            return !ids.isEmpty() && demo.containsAll(ids);
        });
    }

    /** Shown when the store holds only the sample meetings and the officer has not closed the note before. */
    void storeRead(boolean demoOnly) {
        shown.set(demoOnly && !prefs.getBoolean(PREF_DEMO_NOTE, false));
    }

    /** True while the note is to be shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    public void close() {
        prefs.putBoolean(PREF_DEMO_NOTE, true);
        shown.set(false);
    }
}
