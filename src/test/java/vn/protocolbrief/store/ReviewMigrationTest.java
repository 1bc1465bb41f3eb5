package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.MeetingReview;
import vn.protocolbrief.ingest.ArticleReader;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.service.MeetingReviews;
import vn.protocolbrief.service.RecordService;

/** What V009 decides for the meetings a store already holds (docs/decisions/0010-reviewed-records.md). */
class ReviewMigrationTest {
    static final String ARTICLE = ReviewArticles.READ;

    @TempDir
    Path dir;

    @Test
    void demoMeetingsAreReviewedByDemoImportedOnesAreNotAndHandEnteredOnesAreBySomeoneUnknown() {
        Path file = dir.resolve("older.db");
        String imported;
        String typed = "m-hand-typed";
        try (Store store = Store.open(file)) {
            ImportService importer = new ImportService(store);
            imported = importer.save(importer.draft(new ArticleReader().read(ARTICLE.getBytes(StandardCharsets.UTF_8),
                    "a.txt")), null, false, "someone").meetingId();
            RecordService records = new RecordService(store);
            Meeting demo = records.meeting("m-cao-bang-embassy");
            records.saveMeeting(new Meeting(typed, demo.date(), demo.provinceId(), null, null, demo.partnerId(),
                    "Gặp gỡ", null, null, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                    java.util.List.of()));
            // The store as the version before reviews wrote it.
            store.write(h -> {
                h.execute("DROP TABLE meeting_review");
                // and before the change log (V010), which came after it.
                for (String table : java.util.List.of("change_row", "change_record", "change_log", "record_stamp")) {
                    h.execute("DROP TABLE " + table);
                }
                h.execute("CREATE TABLE undo_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
                        + " action TEXT NOT NULL CHECK (action IN ('create', 'edit', 'delete')), kind TEXT NOT NULL,"
                        + " ref_id TEXT NOT NULL, label TEXT NOT NULL, before TEXT, undone INTEGER NOT NULL DEFAULT 0)");
                OlderStores.dropColumnsAddedAfter(h, 8);
                h.execute("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) >= 9");
                return null;
            });
        }
        try (Store store = Store.open(file)) {
            Map<String, String> by = store.read(h -> new MeetingReviewRepository().all(h)).stream()
                    .collect(Collectors.toMap(MeetingReview::meetingId, MeetingReview::reviewedBy));
            assertThat(by).doesNotContainKey(imported);
            assertThat(by).containsEntry("m-cao-bang-embassy", "demo").containsEntry("m-2024-binh-dinh-ashikaga", "demo");
            assertThat(by.get(typed)).startsWith("unknown");
            assertThat(new MeetingReviews(store).unreviewed(null)).singleElement()
                    .satisfies(u -> assertThat(u.meetingId()).isEqualTo(imported));
        }
    }
}
