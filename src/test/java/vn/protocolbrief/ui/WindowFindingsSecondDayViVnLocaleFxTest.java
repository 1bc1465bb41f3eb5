package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Issue 22's findings on a computer whose system locale is Vietnamese (Viet Nam). */
class WindowFindingsSecondDayViVnLocaleFxTest extends WindowFindingsSecondDayFx {
    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("vi-VN");
    }
}
