package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.service.HistoryService;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreGetsSchemaReferenceAndDemoData() {
        try (Store store = Store.open(dir.resolve("new.db"))) {
            assertThat(count(store, "province")).isEqualTo(34);
            assertThat(count(store, "predecessor")).isEqualTo(63);
            assertThat(count(store, "prefecture")).isEqualTo(47);
            assertThat(count(store, "request_category")).isEqualTo(13);
            assertThat(count(store, "meeting")).isEqualTo(6);
            assertThat(count(store, "request")).isEqualTo(22);
            assertThat(StoreFileProbe.schemaVersion(store.path())).isEqualTo(Schema.LATEST_VERSION);
            assertThat(store.backupWritten()).isNull();
            String journal = store.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            Integer foreignKeys = store.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
            assertThat(journal).isEqualTo("wal");
            assertThat(foreignKeys).isEqualTo(1);
        }
    }

    @Test
    void aStoreCanStartWithoutDemoData() {
        try (Store store = Store.open(dir.resolve("bare.db"), false)) {
            assertThat(count(store, "province")).isEqualTo(34);
            assertThat(count(store, "meeting")).isZero();
        }
    }

    @Test
    void reopeningAnUpToDateStoreChangesNothingAndWritesNoBackup() {
        Path file = dir.resolve("s.db");
        Store.open(file).close();
        try (Store again = Store.open(file)) {
            assertThat(again.backupWritten()).isNull();
            assertThat(count(again, "meeting")).isEqualTo(6);
        }
        try (var files = listing()) {
            assertThat(files.filter(p -> p.getFileName().toString().contains("backup"))).isEmpty();
        }
    }

    @Test
    void anOlderStoreIsBackedUpThenMigratedAndItsRecordsBecomeSearchable() throws Exception {
        Path file = dir.resolve("old.db");
        makeSchemaOneStore(file);
        assertThat(StoreFileProbe.schemaVersion(file)).isEqualTo(1);

        try (Store store = Store.open(file)) {
            assertThat(StoreFileProbe.schemaVersion(file)).isEqualTo(Schema.LATEST_VERSION);
            Path backup = store.backupWritten();
            assertThat(backup).exists().hasFileName(backup.getFileName().toString());
            assertThat(backup.getFileName().toString()).startsWith("old.db.backup-v1-");
            assertThat(StoreFileProbe.schemaVersion(backup)).isEqualTo(1);
            assertThat(count(store, "meeting")).isEqualTo(6);
            assertThat(new HistoryService(store).search("dang xuan phong", 5))
                    .extracting(SearchIndex.Hit::refId).contains("dang-xuan-phong");

            // The backup is itself a store this version can open: it migrates the same way.
            Path copy = dir.resolve("restored.db");
            Files.copy(backup, copy);
            try (Store restored = Store.open(copy)) {
                assertThat(StoreFileProbe.schemaVersion(copy)).isEqualTo(Schema.LATEST_VERSION);
                assertThat(count(restored, "meeting")).isEqualTo(6);
                assertThat(restored.backupWritten()).exists();
            }
        }
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void theBackupBeforeAnUpgradeHasAnUnguessableNameAndIsOwnerOnly() throws Exception {
        // Issue 23, finding 5: a link planted under the name a backup would take is never followed.
        Path file = dir.resolve("planted.db");
        makeSchemaOneStore(file);
        Path victim = dir.resolve("victim");
        var minute = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        for (String stamp : List.of(now.format(minute), now.plusMinutes(1).format(minute))) {
            for (int second = 0; second < 60; second++) {
                Files.createSymbolicLink(dir.resolve(String.format("planted.db.backup-v1-%s%02d", stamp, second)), victim);
            }
        }
        try (Store store = Store.open(file)) {
            Path backup = store.backupWritten();
            assertThat(Files.isSymbolicLink(backup)).isFalse();
            assertThat(backup.getFileName().toString()).matches("planted\\.db\\.backup-v1-\\d{8}-\\d{6}-[0-9a-f]{12}");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                    .isEqualTo("rw-------");
            assertThat(StoreFileProbe.schemaVersion(backup)).isEqualTo(1);
        }
        assertThat(victim).doesNotExist();
    }

    /** A store as version 1 wrote it: the demo content, no search index, history up to V001. */
    private static void makeSchemaOneStore(Path file) {
        try (Store store = Store.open(file)) {
            store.write(h -> {
                h.execute("DROP TABLE search_index");
                h.execute("DROP TABLE brief_record");
                h.execute("DROP TABLE vocabulary");
                h.execute("DROP TABLE search_row");
                for (String table : List.of("commitment_followup", "commitment", "visit_point", "visit_programme",
                        "visit_person", "visit", "change_row", "change_record", "change_log", "record_stamp",
                        "meeting_review", "post_confirmation")) {
                    h.execute("DROP TABLE " + table);
                }
                for (String index : List.of("gift_meeting", "meeting_source_source", "key_figure_province",
                        "locality_link_province", "sensitivity_province")) {
                    h.execute("DROP INDEX " + index);
                }
                OlderStores.dropColumnsAddedAfter(h, 1);
                h.execute("PRAGMA user_version = 0");
                h.execute("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) > 1");
                return null;
            });
        }
    }

    @Test
    void aStoreFromANewerVersionIsRefusedAndLeftUntouched() {
        Path file = dir.resolve("future.db");
        try (Store store = Store.open(file)) {
            store.write(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'x', 0, 1)"));
        }
        byte[] before = StoreFixtures.bytes(file);
        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Protocol Brief")
                .hasMessageContaining("schema 99")
                .hasMessageContaining("not changed");
        assertThat(StoreFixtures.bytes(file)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Ghi chú chuyến thăm — không phải cơ sở dữ liệu");
        byte[] before = StoreFixtures.bytes(file);
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a Protocol Brief store. It was not changed.");
        assertThat(StoreFixtures.bytes(file)).isEqualTo(before);
    }

    @Test
    void textIsStoredAsNfc() {
        try (Store store = Store.open(dir.resolve("nfc.db"))) {
            String nfd = Normalizer.normalize("Hỗ trợ xuất khẩu bưởi Đoan Hùng", Normalizer.Form.NFD);
            Meeting m = StoreFixtures.meeting("m-nfd", "phu-tho", "embassy-of-japan", "2025-12-01", nfd);
            store.write(h -> {
                new MeetingRepository().upsert(h, m);
                return null;
            });
            String stored = store.read(h -> h.createQuery("SELECT text FROM request WHERE id = 'm-nfd-r1'")
                    .mapTo(String.class).one());
            assertThat(stored).isEqualTo("Hỗ trợ xuất khẩu bưởi Đoan Hùng");
            assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
        }
    }

    @Test
    void historyIsNewestFirstAndIncludesPredecessors() {
        try (Store store = Store.open(dir.resolve("h.db"))) {
            List<Meeting> gialai = new HistoryService(store).meetings("gia-lai", "ashikaga");
            assertThat(gialai).extracting(Meeting::id)
                    .containsExactly("m-2025-10-27-gia-lai-ashikaga", "m-2024-binh-dinh-ashikaga");
            assertThat(gialai.get(1).provinceAsWritten()).contains("Bình Định");
        }
    }

    @Test
    void aRequestStatusChangeKeepsADatedFollowUp() {
        try (Store store = Store.open(dir.resolve("f.db"))) {
            store.write(h -> {
                new MeetingRepository().addFollowUp(h, "r-phu-tho-1", new vn.protocolbrief.domain.FollowUp(
                        vn.protocolbrief.domain.PartialDate.of("2026-01-15"),
                        vn.protocolbrief.domain.RequestStatus.DONE, "Đã kết nối với tỉnh Nara", null));
                return null;
            });
            var row = new HistoryService(store).requests("phu-tho", null, vn.protocolbrief.domain.RequestStatus.DONE, null);
            assertThat(row).hasSize(1);
            assertThat(row.get(0).request().followUps()).last()
                    .satisfies(f -> assertThat(f.note()).isEqualTo("Đã kết nối với tỉnh Nara"))
                    .satisfies(f -> assertThat(f.date().iso()).isEqualTo("2026-01-15"));
        }
    }

    private java.util.stream.Stream<Path> listing() {
        try {
            return Files.list(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(Store store, String table) {
        return store.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void aPartnersPeopleAreItsPostHoldersAndTheJapaneseSideOfItsMeetings() {
        try (Store store = Store.open(dir.resolve("people.db"))) {
            RandomRecords.add(store, new java.util.Random(7), 40);
            store.reads(r -> {
                for (var partner : r.partnersById().keySet()) {
                    // The definition, read the slow way: every person, every meeting of theirs.
                    List<String> expected = r.persons().stream().filter(p -> p.positions().stream()
                                    .anyMatch(pos -> partner.equals(pos.partnerId()))
                                    || p.nationality() == vn.protocolbrief.domain.Nationality.JP
                                    && r.meetingsWithPerson(p.id()).stream().anyMatch(m -> partner.equals(m.partnerId())))
                            .map(vn.protocolbrief.domain.Person::id).toList();
                    assertThat(r.personsOfPartner(partner)).as(partner)
                            .extracting(vn.protocolbrief.domain.Person::id).containsExactlyElementsOf(expected);
                }
                assertThat(r.personsOfPartner("embassy-of-japan")).extracting(vn.protocolbrief.domain.Person::id)
                        .contains("ito-naoki");
                return null;
            });
        }
    }
}
