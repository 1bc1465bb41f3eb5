package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.importing.DraftForm;
import vn.protocolbrief.ui.importing.ImportViewModel;
import vn.protocolbrief.ui.shell.MainViewModel;

/**
 * The review screen edits people as text lines; an officer who corrects a name's spelling or a title must not lose
 * what the article said of the person: the form of address ("bà", "cô"), the role, the body.
 */
class ReviewKeepsPeopleTest {
    static final String ARTICLE = """
            Hà Tĩnh tiếp đoàn tỉnh Shizuoka

            Sáng 12/3/2026, bà Trần Thị Mai, Phó Chủ tịch UBND tỉnh Hà Tĩnh đã tiếp đoàn công tác tỉnh Shizuoka \
            (Nhật Bản) do ông Suzuki Yasutomo, Thống đốc tỉnh Shizuoka dẫn đầu.

            Cùng đi với đoàn có cô Yamada Hanako, tình nguyện viên JICA tại Hà Tĩnh.

            Thống đốc Suzuki Yasutomo đề nghị tỉnh Hà Tĩnh tạo điều kiện cho doanh nghiệp Shizuoka.
            """;

    @TempDir
    Path dir;
    Store store;
    Preferences prefs;
    ImportViewModel vm;
    List<String> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        prefs = Preferences.userRoot().node("protocol-brief-review-people-test-" + System.nanoTime());
        RecordingDialogs dialogs = new RecordingDialogs();
        new MainViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), prefs).load();
        vm = new ImportViewModel(store, new SyncTaskRunner(), dialogs, new Messages("vi"), shown::add);
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        store.close();
    }

    private String honorific(String family, String given) {
        return store.read(h -> h.createQuery("SELECT honorific FROM person WHERE family_name = :f AND given_name = :g")
                .bind("f", family).bind("g", given).mapTo(String.class).one());
    }

    @Test
    void theArticleReadsEachPersonsFormOfAddress() {
        vm.paste(ARTICLE);
        DraftForm form = vm.formProperty().get();
        assertThat(form.hosts.get()).contains("Trần Thị Mai — Phó Chủ tịch UBND tỉnh Hà Tĩnh");
        assertThat(form.members.get()).contains("Yamada Hanako".toUpperCase().substring(0, 6));
        vm.save();
        assertThat(honorific("Trần", "Thị Mai")).isEqualTo("bà");
        assertThat(honorific("Yamada", "Hanako")).isEqualTo("cô");
    }

    @Test
    void aCorrectedNameOrTitleKeepsTheFormOfAddress() {
        vm.paste(ARTICLE);
        DraftForm form = vm.formProperty().get();
        // The officer corrects a mark in the host's name, the volunteer's given name, and shortens the leader's title.
        form.hosts.set(form.hosts.get().replace("Trần Thị Mai", "Trần Thị Mại"));
        form.members.set("YAMADA Hanae — Tình nguyện viên JICA");
        form.leaderTitle.set("Thống đốc");
        vm.save();
        assertThat(honorific("Trần", "Thị Mại")).isEqualTo("bà");
        assertThat(honorific("Yamada", "Hanae")).isEqualTo("cô");
        assertThat(honorific("Suzuki", "Yasutomo")).isEqualTo("ông");
        String leaderBody = store.read(h -> h.createQuery("SELECT organisation FROM position po JOIN person p ON"
                + " p.id = po.person_id WHERE p.family_name = 'Suzuki' AND p.given_name = 'Yasutomo'").mapTo(String.class).one());
        assertThat(leaderBody).contains("Shizuoka");
    }
}
