package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Issue 21's "record what happened" on an office laptop in English (United States), the window in English. */
class RecordOutcomeEnUsLocaleFxTest extends RecordOutcomeFx {
    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.US;
    }

    @Override
    String windowLanguage() {
        return "en";
    }
}
