package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Issue 21's "record what happened" on a laptop whose locale is Vietnamese, the window in Vietnamese. */
class RecordOutcomeViVnLocaleFxTest extends RecordOutcomeFx {
    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("vi-VN");
    }

    @Override
    String windowLanguage() {
        return "vi";
    }
}
