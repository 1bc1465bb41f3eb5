package vn.protocolbrief.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 20: before any choice the window speaks the computer's language; the officer's choice then sticks. */
class WindowLanguageTest {
    Preferences prefs = Preferences.userRoot().node("protocol-brief-language-test-" + System.nanoTime());

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
    }

    @Test
    void beforeAnyChoiceVietnameseOnAVietnameseSystemAndEnglishOnAnyOther() {
        assertThat(WindowLanguage.of(prefs, Locale.forLanguageTag("vi-VN"))).isEqualTo("vi");
        assertThat(WindowLanguage.of(prefs, Locale.US)).isEqualTo("en");
        assertThat(WindowLanguage.of(prefs, Locale.JAPAN)).isEqualTo("en");
    }

    @Test
    void theOfficersChoiceSticksWhateverTheSystemSays() {
        WindowLanguage.choose(prefs, "vi");
        assertThat(WindowLanguage.of(prefs, Locale.US)).isEqualTo("vi");
        WindowLanguage.choose(prefs, "en");
        assertThat(WindowLanguage.of(prefs, Locale.forLanguageTag("vi-VN"))).isEqualTo("en");
    }
}
