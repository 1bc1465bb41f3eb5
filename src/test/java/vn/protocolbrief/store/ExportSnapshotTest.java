package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Source;

/** Issue 23.2: an export taken while another store object imports is one snapshot, and every one restores. */
class ExportSnapshotTest {
    @TempDir
    Path dir;

    /** One article's records: a source, a person and the meeting that refers to both. */
    static Archive article(int n) {
        Source s = new Source("src-snap-" + n, "Báo thử", null, PartialDate.of("2025-03-01"), "Bài " + n, "Nội dung " + n);
        Person p = new Person("person-snap-" + n, "Tanaka", "Ichiro " + n, null, Nationality.JP, null, null, List.of());
        Meeting m = new Meeting("m-snap-" + n, PartialDate.of("2025-03-01"), "gia-lai", null, null, null, "Buổi " + n,
                null, null, List.of(s.id()), List.of(new Participant(p.id(), Side.JP, ParticipantRole.LEADER, null)),
                List.of(), List.of());
        return new Archive(Archive.FORMAT, List.of(), List.of(p), List.of(s), List.of(m), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void everyExportTakenDuringImportsRestoresIntoAFreshStore() throws Exception {
        Path file = dir.resolve("busy.db");
        Path template = dir.resolve("fresh-template.db");
        Store.open(template, false).close();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailed = new AtomicReference<>();
        AtomicInteger written = new AtomicInteger();
        try (Store store = Store.open(file, false)) {
            Thread writer = new Thread(() -> {
                try (Store other = Store.open(file, false)) {
                    ArchiveService imports = new ArchiveService(other);
                    for (int n = 0; !stop.get(); n++) {
                        imports.importArchive(article(n));
                        written.incrementAndGet();
                    }
                } catch (Throwable e) {
                    writerFailed.set(e);
                }
            });
            writer.start();
            List<Archive> taken = new ArrayList<>();
            ArchiveService exports = new ArchiveService(store);
            try {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (written.get() == 0 && writerFailed.get() == null && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                // Exports go on while the imports do: at least 30 of them, and until 20 articles were imported.
                while ((taken.size() < 30 || written.get() < 20) && writerFailed.get() == null
                        && System.nanoTime() < deadline) {
                    taken.add(exports.export());
                }
            } finally {
                stop.set(true);
                writer.join();
            }
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < taken.size(); i++) {
                Path copy = dir.resolve("fresh-" + i + ".db");
                Files.copy(template, copy);
                try (Store fresh = Store.open(copy, false)) {
                    new ArchiveService(fresh).importArchive(taken.get(i));
                } catch (StoreException e) {
                    failures.add("export " + i + ": " + e.getMessage());
                }
                Files.delete(copy);
            }
            assertThat(writerFailed.get()).isNull();
            assertThat(written.get()).as("imports made while exporting").isGreaterThan(10);
            assertThat(taken).hasSizeGreaterThan(5);
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void anExportFileWhoseReferencesDoNotResolveIsRefusedNamingTheRecord() throws Exception {
        Archive a = article(1);
        Archive dangling = new Archive(Archive.FORMAT, List.of(), a.persons(), List.of(), a.meetings(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Path file = dir.resolve("dangling.json");
        try (var out = Files.newOutputStream(file); Store store = Store.open(dir.resolve("s.db"), false)) {
            ArchiveJson.write(dangling, out);
            out.close();
            ArchiveService archives = new ArchiveService(store);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> archives.checkRestorable(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("The export would not restore: meeting m-snap-1 refers to unknown source 'src-snap-1'."
                            + " Nothing was exported.");
            archives.checkRestorable(a);
        }
    }
}
