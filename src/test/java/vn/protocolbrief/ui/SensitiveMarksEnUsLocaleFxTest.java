package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Sensitive marks in the window, the computer's locale en-US, the window in its own language ("en"). */
class SensitiveMarksEnUsLocaleFxTest extends SensitiveMarksInWindowFx {
    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("en-US");
    }

    @Override
    String windowLanguage() {
        return "en";
    }
}
