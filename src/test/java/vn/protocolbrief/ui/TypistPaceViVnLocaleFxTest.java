package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Issue 22's typing test on a computer whose system locale is Vietnamese (Viet Nam). */
class TypistPaceViVnLocaleFxTest extends TypistPaceFx {
    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("vi-VN");
    }
}
