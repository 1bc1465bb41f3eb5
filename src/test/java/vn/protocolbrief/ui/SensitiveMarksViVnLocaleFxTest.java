package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Sensitive marks in the window, the computer's locale vi-VN, the window in its own language ("vi"). */
class SensitiveMarksViVnLocaleFxTest extends SensitiveMarksInWindowFx {
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
