package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.service.HistoryService;

class ArchiveTest {
    @TempDir
    Path dir;

    private static String json(Archive a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveJson.write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportThenImportIntoAnotherStoreIsLossless() throws Exception {
        String exported;
        try (Store a = Store.open(dir.resolve("a.db"))) {
            String nfd = Normalizer.normalize("Đề nghị hỗ trợ học bổng cho học sinh nghèo", Normalizer.Form.NFD);
            a.write(h -> {
                new MeetingRepository().upsert(h, StoreFixtures.meeting("m-extra", "cao-bang", "jica", "2026-02", nfd));
                return null;
            });
            exported = json(new ArchiveService(a).export());
        }
        assertThat(exported).contains("\"m-extra\"", "Đề nghị hỗ trợ học bổng", "\"2026-02\"", "\"vn_to_jp\"", "1260400");

        try (Store b = Store.open(dir.resolve("b.db"))) {
            Archive read = ArchiveJson.read(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), "a.json");
            ArchiveService.ImportResult r = new ArchiveService(b).importArchive(read);
            assertThat(r.meetings()).isEqualTo(7);
            assertThat(json(new ArchiveService(b).export().withVersions(null, null)))
                    .isEqualTo(json(read.withVersions(null, null)));
            assertThat(new HistoryService(b).search("hoc bong hoc sinh ngheo", 5)).extracting(SearchIndex.Hit::refId)
                    .contains("m-extra-r1");
        }
    }

    @Test
    void demoArchiveRoundTripsToTheSameRecords() throws Exception {
        try (Store s = Store.open(dir.resolve("demo.db"))) {
            Archive exported = new ArchiveService(s).export();
            Archive demo = DemoData.archive();
            assertThat(exported.meetings()).hasSameSizeAs(demo.meetings());
            assertThat(exported.meetings()).containsExactlyInAnyOrderElementsOf(demo.meetings());
            assertThat(exported.persons()).containsExactlyInAnyOrderElementsOf(demo.persons());
            assertThat(exported.aidProjects()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("amount")
                    .containsExactlyInAnyOrderElementsOf(demo.aidProjects());
        }
    }

    @Test
    void aTruncatedFileIsReportedWithItsPositionAndTheStoreStaysByteForByteTheSame() throws Exception {
        Path file = dir.resolve("s.db");
        String exported;
        try (Store s = Store.open(file)) {
            exported = json(new ArchiveService(s).export());
        }
        byte[] before = StoreFixtures.bytes(file);
        String broken = exported.substring(0, exported.length() / 2);
        assertThatThrownBy(() -> ArchiveJson.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                "broken.json"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("broken.json is not a valid Protocol Brief export at line")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(StoreFixtures.bytes(file)).isEqualTo(before);
    }

    @Test
    void aFailureHalfwayThroughAnImportWritesNothing() throws Exception {
        Path file = dir.resolve("s.db");
        try (Store s = Store.open(file)) {
            List<Meeting> meetings = new ArrayList<>();
            meetings.add(StoreFixtures.meeting("m-good", "phu-tho", "pref-nara", "2026-03-01", "Giao lưu văn hóa"));
            meetings.add(StoreFixtures.meeting("m-bad", "atlantis", "pref-nara", "2026-03-02", "Không có tỉnh này"));
            Archive archive = new Archive(Archive.FORMAT, null, null, null, meetings, null, null, null, null, null, null);
            byte[] before = StoreFixtures.bytes(file);
            assertThatThrownBy(() -> new ArchiveService(s).importArchive(archive))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("meeting m-bad refers to unknown province 'atlantis'. Nothing was imported.");
            assertThat(new HistoryService(s).meetings("phu-tho", "pref-nara")).isEmpty();
            assertThat(StoreFixtures.bytes(file)).isEqualTo(before);
        }
    }

    @Test
    void aConstraintFailureDeepInTheWriteRollsBackEverything() {
        try (Store s = Store.open(dir.resolve("c.db"))) {
            Meeting ok = StoreFixtures.meeting("m-ok", "phu-tho", "pref-nara", "2026-03-01", "Giao lưu");
            Meeting clash = StoreFixtures.meeting("m-clash", "phu-tho", "pref-nara", "2026-03-01", "Trùng mã");
            // Same request id in two meetings of one file: the second insert violates the primary key.
            Meeting clashing = new Meeting(clash.id(), clash.date(), clash.provinceId(), null, null, clash.partnerId(),
                    clash.title(), null, null, List.of(), List.of(), ok.requests(), List.of());
            Archive archive = new Archive(Archive.FORMAT, null, null, null, List.of(ok, clashing), null, null, null, null,
                    null, null);
            assertThatThrownBy(() -> new ArchiveService(s).importArchive(archive))
                    .isInstanceOf(StoreException.class).hasMessageContaining("Nothing was imported");
            assertThat(new HistoryService(s).meetings("phu-tho", "pref-nara")).isEmpty();
        }
    }
}
