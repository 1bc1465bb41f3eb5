package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Issue 12's findings on a laptop whose system locale is Vietnamese. */
class WindowFindingsViVnLocaleFxTest extends WindowFindingsFx {
    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("vi-VN");
    }
}
