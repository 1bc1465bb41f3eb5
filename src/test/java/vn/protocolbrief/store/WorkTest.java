package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;

/** Issue 20: a service's calls through {@link Work} are one transaction, logged as one change by the store's officer. */
class WorkTest {
    private static final String MEETING = "m-2025-11-25-phu-tho-embassy";

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db")).actingAs(Actor.named("Minh"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int count(String table) {
        return store.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void aWriteThatFailsAfterItsRepositoryCallsLeavesNothingAndLogsNothing() {
        int meetings = count("meeting");
        int changes = count("change_log");
        assertThatThrownBy(() -> store.writing(work -> {
            Meeting m = work.meetings().byId(MEETING).orElseThrow();
            var change = work.changing("meeting", MEETING);
            work.meetings().delete(m);
            change.record("delete", "meeting", MEETING, "test");
            throw new StoreException("refused after writing");
        })).hasMessage("refused after writing");
        assertThat(count("meeting")).isEqualTo(meetings);
        assertThat(count("change_log")).isEqualTo(changes);
        boolean stillThere = store.reading(work -> work.meetings().exists(MEETING));
        assertThat(stillThere).isTrue();
    }

    @Test
    void aChangeRecordedThroughWorkIsTheOfficersAndUndoneWhole() {
        store.writing(work -> {
            Meeting m = work.meetings().byId(MEETING).orElseThrow();
            var change = work.changing("meeting", MEETING);
            work.meetings().delete(m);
            change.record("delete", "meeting", MEETING, "gone");
            return null;
        });
        var last = store.reading(work -> work.lastChange(false)).orElseThrow();
        assertThat(last.actor()).isEqualTo("Minh");
        assertThat(last.kind()).isEqualTo("meeting");
        java.util.List<Work.LoggedChange> trash = store.reading(Work::trash);
        assertThat(trash).extracting(Work.LoggedChange::refId).containsExactly(MEETING);
        store.writing(work -> work.undo(last.id()));
        assertThat(store.reading(work -> work.meetings().byId(MEETING)).orElseThrow().requests()).hasSize(10);
    }
}
