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
    private final javafx.beans.property.IntegerProperty samples = new javafx.beans.property.SimpleIntegerProperty();

    DemoNote(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Off the FX thread: how many meetings the store holds when they are all samples; 0 when any is not. */
    static int samplesOnly(Store store) {
        Set<String> demo = DemoData.meetingIds();
        return store.reads(r -> {
            List<String> ids = r.meetingIds();
            return demo.containsAll(ids) ? ids.size() : 0;
        });
    }

    /**
     * Shown, with their number, while the store holds only sample meetings and the officer has not closed the note
     * before; once a meeting of the office's own is in the store (an import), the note is no longer true and goes.
     */
    void storeRead(int samples) {
        this.samples.set(samples);
        shown.set(samples > 0 && !prefs.getBoolean(PREF_DEMO_NOTE, false));
    }

    /** How many sample meetings the note speaks of. */
    public javafx.beans.property.ReadOnlyIntegerProperty samplesProperty() {
        return samples;
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
