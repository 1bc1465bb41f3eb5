package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.ingest.ArticleText;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Store;

/**
 * Pack tests that build packs from records of their own: each test class gets its own demo store in its own folder
 * (opened before the class's own set-up, closed after its tests), the brief service on the fixed day
 * ({@link Packs#CLOCK}), and the steps those set-ups share: saving what the importer makes of short articles, a
 * courtesy call to plan, a pack to build and read back.
 */
abstract class PackStoreTest {
    @TempDir
    static Path dir;
    static Store store;
    static BriefService service;

    @BeforeAll
    static void openPackStore() {
        store = Store.open(dir.resolve("packs.db"));
        service = Packs.service(store);
    }

    @AfterAll
    static void closePackStore() {
        store.close();
    }

    /** Saves what the importer makes of each article, pasted as text (no headline, no publication date). */
    static void imported(String... articles) {
        ImportService importer = new ImportService(store);
        for (String text : articles) {
            var saved = importer.save(importer.draft(new ArticleText("article.txt", "text", text, null, null, null)), false);
            assertThat(saved.meetingId()).as(saved.message()).isNotNull();
        }
    }

    /**
     * A courtesy call ("Chào xã giao") on 3 December 2026 at 09:30, the partner's {@code leader} received by our
     * {@code host}, prepared by the Department of Foreign Affairs.
     */
    static void courtesyCall(String id, String province, String partner, String leader, String host, String venue,
                             Visit.ProgrammeItem... programme) {
        new VisitService(store).save(new Visit(id, province, partner, PartialDate.of("2026-12-03"), "09:30", venue,
                "Chào xã giao", new Visit.Attendee(leader, null, null), List.of(),
                List.of(new Visit.Attendee(host, null, null)), null, List.of(programme), "Sở Ngoại vụ", null, null,
                List.of()));
    }

    /** The pack for a request, written as {@code name}.pdf and {@code name}.docx in the class's folder and read back. */
    static Packs.Pack pack(BriefRequest request, String name) throws IOException {
        return Packs.build(service, request, dir, name);
    }
}
