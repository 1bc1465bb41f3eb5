package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Issue 12's findings on an office laptop whose system locale is English (United States). */
class WindowFindingsEnUsLocaleFxTest extends WindowFindingsFx {
    @Start
    void start(Stage stage) throws Exception {
        begin(stage);
    }

    @Override
    Locale locale() {
        return Locale.US;
    }
}
