package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.protocolbrief.ui.common.Messages;

/**
 * What the store refuses reaches the Vietnamese window in Vietnamese (issue 20's tester saw "Cannot reach the office
 * store … Nothing was changed." there): a keyed problem by its key, a save someone else overtook by who and when, and
 * a failure with only English words under a Vietnamese line that says so. The command line keeps its English line.
 */
class ProblemsInWindowWordsTest {
    @Test
    void aKeyedProblemIsSaidInTheWindowsLanguageEvenWrapped() {
        StoreException busy = new StoreException(StoreException.Problem.BUSY, null);
        RuntimeException wrapped = new java.util.concurrent.CompletionException(busy);

        assertThat(busy.getMessage()).startsWith("The store is busy");
        assertThat(new Messages("vi").reason(wrapped)).startsWith("Kho dữ liệu đang bận").doesNotContain("busy");
        assertThat(new Messages("en").reason(wrapped)).isEqualTo(busy.getMessage());
    }

    @Test
    void aSaveSomeoneElseOvertookNamesThemInTheWindowsLanguage() {
        StaleEditException stale = new StaleEditException("Meeting m-1",
                new ChangeLog.Stamp(3, "Lan", "2026-12-01T08:00", "Minh", "2026-12-07T09:15"));

        assertThat(stale.getMessage()).contains("was changed by Minh");
        assertThat(new Messages("vi").reason(stale)).isEqualTo("Minh đã thay đổi bản ghi này 2026-12-07 09:15 sau khi"
                + " anh/chị mở nó; hãy tải lại (F5) để xem bản của họ. Chưa lưu gì.");
    }

    @Test
    void englishOnlyWordsAreIntroducedInVietnamese() {
        StoreException plain = new StoreException("That change was already undone.");

        assertThat(new Messages("vi").reason(plain)).startsWith("Không thực hiện được.")
                .endsWith("That change was already undone.");
        assertThat(new Messages("en").reason(plain)).isEqualTo("That change was already undone.");
    }

    /**
     * The office's server refusing a statement reached the window in its own words, "[ERROR: permission denied for
     * table request]": every SQLSTATE is said as what it means for the officer (the log keeps the server's words);
     * the command line's English keeps the state for whoever runs the server.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"42501", "23505", "57P01", "53300", "42P01", "XX000",
            "08006", "28P01", "3D000"})
    void theServersOwnWordsNeverReachTheWindow(String state) {
        var server = new org.postgresql.util.PSQLException("ERROR: permission denied for table request",
                org.postgresql.util.PSQLState.UNKNOWN_STATE) {
            @Override
            public String getSQLState() {
                return state;
            }
        };
        RuntimeException driver = new RuntimeException("org.jdbi: [" + server.getMessage() + "]", server);

        RuntimeException said = ServerStore.translated("postgresql://lan@office/pb", driver);

        for (String lang : new String[]{"vi", "en"}) {
            assertThat(new Messages(lang).reason(said)).as(lang + " " + state)
                    .doesNotContain("ERROR", "permission denied", "SQLSTATE", state, "[", "tiếng Anh");
        }
    }

    @Test
    void aLoginWithoutTheRightIsToldToAskTheAdminNotWhatTheServerSaid() {
        String editor = new Messages("vi").reason(new RightsRefusedException("editor",
                new java.sql.SQLException("ERROR: permission denied for table request", "42501")));
        assertThat(editor).contains("editor", "quản trị viên").doesNotContain("permission", "ERROR");
        assertThat(new RightsRefusedException("editor", new java.sql.SQLException(
                "ERROR: permission denied for table request", "42501")).getMessage()).contains("permission denied");
    }
}
