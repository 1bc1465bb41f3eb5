package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.service.RecordService;

/** Issue 20: a search while another store object rewrites the records it finds never fails. */
class SearchDuringWritesTest {
    @TempDir
    Path dir;

    /** The store searched and written: a file here; an office database in {@link SearchDuringWritesOnPostgresTest}. */
    String location() {
        return dir.resolve("busy.db").toString();
    }

    @Test
    void searchesDuringWritesNeverFail() throws Exception {
        String file = location();
        try (Store store = Store.open(file, false)) {
            RecordService records = new RecordService(store);
            for (int i = 0; i < 20; i++) {
                records.saveMeeting(StoreFixtures.meeting("m-busy-" + i, "gia-lai", null, "2025-01-0" + (1 + i % 9),
                        "Hợp tác đào tạo điều dưỡng " + i));
            }
        }
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger writes = new AtomicInteger();
        Thread writer = new Thread(() -> {
            try (Store other = Store.open(file, false)) {
                RecordService records = new RecordService(other);
                for (int n = 0; !stop.get(); n++) {
                    // Every save indexes the meeting and its request anew, under new index rows.
                    records.saveMeeting(StoreFixtures.meeting("m-busy-" + n % 20, "gia-lai", null, "2025-01-0" + (1 + n % 9),
                            "Hợp tác đào tạo điều dưỡng " + n));
                    writes.incrementAndGet();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        writer.start();
        int searches = 0;
        try (Store store = Store.open(file, false)) {
            HistoryService history = new HistoryService(store);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while ((searches < 2000 || writes.get() < 200) && System.nanoTime() < deadline && failures.isEmpty()) {
                try {
                    history.search(searches % 2 == 0 ? "dao tao dieu duong" : "hop tac", 20);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                searches++;
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(failures).isEmpty();
        assertThat(writes.get()).as("writes during the searches").isGreaterThan(20);
    }
}
