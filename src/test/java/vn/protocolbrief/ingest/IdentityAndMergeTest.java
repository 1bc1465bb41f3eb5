package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/** People are told apart by name and context; a second report of a meeting adds nothing it already holds. */
class IdentityAndMergeTest {
    @TempDir
    Path dir;

    private static Draft read(ImportService service, String text, String name) {
        return service.draft(new ArticleReader().read(text.getBytes(StandardCharsets.UTF_8), name));
    }

    private static String visit(String date, String province, String host, String company) {
        return "Chiều " + date + ", Phó Chủ tịch UBND tỉnh " + province + " " + host + " tiếp ông Sato Yuji, Tổng Giám đốc"
                + " Tập đoàn " + company + " (Nhật Bản) đến tìm hiểu cơ hội đầu tư tại tỉnh.\n\nPhó Chủ tịch UBND tỉnh"
                + " đề nghị Tập đoàn " + company + " sớm khảo sát đầu tư nhà máy tại khu công nghiệp của tỉnh.\n";
    }

    private static int count(Store store, String sql) {
        return store.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void twoOfficialsOfOneNameStayTwoAndTheSamePersonIsFoundAgain() {
        try (Store store = Store.open(dir.resolve("s.db"), false)) {
            ImportService first = new ImportService(store);
            first.save(read(first, visit("3/4/2025", "Nghệ An", "Nguyễn Văn Hùng", "Kurita"), "a.txt"), false);
            ImportService second = new ImportService(store);
            Draft other = read(second, visit("9/5/2025", "Hà Tĩnh", "Nguyễn Văn Hùng", "Daikin"), "b.txt");
            // Same name, another province's official; same name, another company's director.
            assertThat(other.hosts().get(0).personId()).isNull();
            assertThat(other.leader().personId()).isNull();
            assertThat(other.leader().namesakes()).hasSize(1);
            assertThat(other.warnings()).extracting(Warning::code).contains("person_namesake");
            second.save(other, false);
            assertThat(count(store, "SELECT count(*) FROM person WHERE family_name = 'Nguyễn'")).isEqualTo(2);
            assertThat(count(store, "SELECT count(*) FROM person WHERE family_name = 'Sato'")).isEqualTo(2);

            // Kurita's director again, in a third province: the stored person, found by his company.
            ImportService third = new ImportService(store);
            Draft again = read(third, visit("2/6/2025", "Quảng Trị", "Hoàng Nam", "Kurita"), "c.txt");
            assertThat(again.leader().personId()).isNotNull();
            assertThat(again.leader().namesakes()).isEmpty();
            third.save(again, false);
            assertThat(count(store, "SELECT count(*) FROM person WHERE family_name = 'Sato'")).isEqualTo(2);
        }
    }

    @Test
    void aCentralOfficialWhoReceivesTheGuestsIsGivenNoPostInTheProvinceAndATownsOfficialKeepsHisTown() {
        try (Store store = Store.open(dir.resolve("c.db"), false)) {
            ImportService service = new ImportService(store);
            String text = "Chiều 3/4/2025, tại tỉnh Nghệ An, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương"
                    + " Lê Văn Tâm và Bí thư Huyện ủy Tân Kỳ Hà Văn Sơn tiếp ông Sato Yuji, Tổng Giám đốc Tập đoàn"
                    + " Kurita (Nhật Bản) đến tìm hiểu cơ hội đầu tư tại tỉnh.\n";
            Draft d = read(service, text, "t.txt");
            assertThat(d.hosts()).extracting(Draft.PersonRef::name).contains("Lê Văn Tâm", "Hà Văn Sơn");
            service.save(d, false);
            assertThat(count(store, "SELECT count(*) FROM position WHERE province_id IS NULL"
                    + " AND title LIKE '%Trung ương%'")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM position WHERE province_id IS NOT NULL"
                    + " AND title LIKE '%Huyện ủy%'")).isEqualTo(1);
        }
    }

    @Test
    void importingTheSameArticleTwiceThenMergingAddsNothingTwice() {
        try (Store store = Store.open(dir.resolve("m.db"), false)) {
            String text = ArticleFixtures.text(ArticleFixtures.GIA_LAI);
            ImportService service = new ImportService(store);
            assertThat(service.save(read(service, text, "gia-lai.txt"), false).status()).isEqualTo("saved");
            int agreements = count(store, "SELECT count(*) FROM agreement");
            int figures = count(store, "SELECT count(*) FROM key_figure");
            int requests = count(store, "SELECT count(*) FROM request");
            assertThat(agreements).isEqualTo(2);

            ImportService again = new ImportService(store);
            assertThat(again.save(read(again, text, "copy.txt"), true).status()).isEqualTo("duplicate");
            // The same report published elsewhere: another source of the same meeting.
            String elsewhere = text.replaceFirst("^\\s*date \\S+\\s*", " date 2025-10-28 ") + "\n\nTheo Báo Gia Lai.";
            ImportService merging = new ImportService(store);
            Draft second = read(merging, elsewhere, "khac.txt");
            assertThat(merging.save(second, false).status()).isEqualTo("merge_offered");
            assertThat(merging.save(second, true).status()).isEqualTo("merged");

            assertThat(count(store, "SELECT count(*) FROM meeting")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM agreement")).isEqualTo(agreements);
            assertThat(count(store, "SELECT count(*) FROM key_figure")).isEqualTo(figures);
            assertThat(count(store, "SELECT count(*) FROM request")).isEqualTo(requests);
            assertThat(count(store, "SELECT count(*) FROM source")).isEqualTo(2);
            // Every source has a title a person can read, never its id.
            java.util.List<String> titles = store.read(h -> h.createQuery("SELECT title FROM source").mapTo(String.class).list());
            assertThat(titles).allSatisfy(t -> assertThat(t).isNotBlank().doesNotStartWith("src-"));
            // National figures ("nhà đầu tư lớn thứ 3 của Việt Nam") are not the province's.
            java.util.List<String> labels = store.read(h -> h.createQuery("SELECT label FROM key_figure")
                    .mapTo(String.class).list());
            assertThat(labels).noneSatisfy(l -> assertThat(l).contains("Việt Nam"));
        }
    }
}
