package vn.protocolbrief.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Issue 22's slow first start on a computer whose system locale is English (United States). */
class FirstStartEnUsLocaleFxTest extends FirstStartFx {
    @Start
    void start(Stage stage) throws Exception {
        beginHeld(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("en-US");
    }
}
