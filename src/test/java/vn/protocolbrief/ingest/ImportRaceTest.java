package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/** Issue 14, finding 11: two imports of reports of one meeting at once make one meeting, not twins. */
class ImportRaceTest {
    @TempDir
    Path dir;

    /** A new store for one round: a file here; an office database in {@link ImportRaceOnPostgresTest}. */
    String store(String name) {
        return dir.resolve(name + ".db").toString();
    }

    @Test
    void twoReportsOfOneMeetingSavedAtOnceMakeOneMeeting() throws Exception {
        String first = ArticleFixtures.text(ArticleFixtures.GIA_LAI);
        String second = first + "\n\nTheo Báo Gia Lai điện tử.";
        for (int round = 0; round < 6; round++) {
            String file = store("race-" + round);
            Store.open(file, false).close();
            CyclicBarrier together = new CyclicBarrier(2);
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (String text : List.of(first, second)) {
                Thread t = new Thread(() -> {
                    try (Store store = Store.open(file, false)) {
                        ImportService service = new ImportService(store);
                        Draft d = service.draft(new ArticleReader().read(text.getBytes(StandardCharsets.UTF_8), "a.txt"));
                        together.await();
                        service.save(d, true);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).isEmpty();
            try (Store store = Store.open(file, false)) {
                int meetings = store.read(h -> h.createQuery("SELECT count(*) FROM meeting").mapTo(Integer.class).one());
                int sources = store.read(h -> h.createQuery("SELECT count(*) FROM source").mapTo(Integer.class).one());
                assertThat(meetings).as("round " + round).isEqualTo(1);
                assertThat(sources).isEqualTo(2);
            }
        }
    }

    /** Issue 20: the same article imported with --merge by two officers at once is stored once; the other is told. */
    @Test
    void theSameArticleMergedTwiceAtOnceIsStoredOnce() throws Exception {
        String text = ArticleFixtures.text(ArticleFixtures.GIA_LAI);
        for (int round = 0; round < 6; round++) {
            String file = store("same-" + round);
            Store.open(file, false).close();
            CyclicBarrier together = new CyclicBarrier(2);
            List<Thread> threads = new ArrayList<>();
            List<String> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (String officer : List.of("Lan", "Minh")) {
                Thread t = new Thread(() -> {
                    try (Store store = Store.open(file, false)) {
                        store.actingAs(new vn.protocolbrief.store.Actor(officer, officer));
                        ImportService service = new ImportService(store);
                        Draft d = service.draft(new ArticleReader().read(text.getBytes(StandardCharsets.UTF_8), "a.txt"));
                        together.await();
                        statuses.add(service.save(d, true).status());
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).isEmpty();
            assertThat(statuses).containsExactlyInAnyOrder("saved", "duplicate");
            try (Store store = Store.open(file, false)) {
                int meetings = store.read(h -> h.createQuery("SELECT count(*) FROM meeting").mapTo(Integer.class).one());
                int sources = store.read(h -> h.createQuery("SELECT count(*) FROM source").mapTo(Integer.class).one());
                assertThat(meetings).as("round " + round).isEqualTo(1);
                assertThat(sources).isEqualTo(1);
            }
        }
    }
}
