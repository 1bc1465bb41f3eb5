package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.EmbeddedOffice;

/**
 * The same commands on a SQLite file and on an office's PostgreSQL store give the same answers, word for word: the
 * store's name and folder aside, their output and exit codes are equal at every step (issue 20).
 */
class BothStoresCliTest {
    /** A short article of this test's own, for import --save. */
    private static final String ARTICLE = """
            Phú Thọ và tỉnh Hokkaido thúc đẩy hợp tác nông nghiệp

            Ngày 20/11/2026, Chủ tịch UBND tỉnh Phú Thọ Trần Duy Đông tiếp Đoàn công tác tỉnh Hokkaido (Nhật Bản) do \
            Phó Thống đốc Tanaka Ichiro dẫn đầu. Tại buổi tiếp, Chủ tịch UBND tỉnh đề nghị tỉnh Hokkaido hỗ trợ đào \
            tạo nguồn nhân lực ngành nông nghiệp và giới thiệu doanh nghiệp Nhật Bản đầu tư vào chế biến chè. \
            Phó Thống đốc Tanaka Ichiro cảm ơn sự đón tiếp của tỉnh Phú Thọ.
            """;

    @TempDir
    static Path dir;
    static String sqlite;
    static String postgres;

    @BeforeAll
    static void stores() throws Exception {
        sqlite = dir.resolve("laptop.db").toString();
        postgres = EmbeddedOffice.server().freshDatabase("BothStoresCliTest");
        Files.createDirectories(dir.resolve("sqlite"));
        Files.createDirectories(dir.resolve("postgres"));
        Files.writeString(dir.resolve("article.txt"), ARTICLE);
    }

    /** Runs the command on both stores ({@code @OUT} stands for a file in each store's own folder); asserts the same. */
    private static CliRun both(String... args) {
        CliRun a = CliRun.on(sqlite, withFolder(args, "sqlite"));
        CliRun b = CliRun.on(postgres, withFolder(args, "postgres"));
        String step = String.join(" ", args);
        assertThat(normal(b.err(), "postgres")).as("stderr of " + step).isEqualTo(normal(a.err(), "sqlite"));
        assertThat(normal(b.out(), "postgres")).as("stdout of " + step).isEqualTo(normal(a.out(), "sqlite"));
        assertThat(b.code()).as("exit code of " + step).isEqualTo(a.code());
        return a;
    }

    private static String[] withFolder(String[] args, String folder) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.replace("@OUT", dir.resolve(folder).toString()));
        }
        return out.toArray(String[]::new);
    }

    private static String normal(String s, String folder) {
        // A pack's record id is a new UUID each time, printed in the PDF too, whose compressed size then differs by a
        // byte now and then; everything else must be equal.
        return s.replace(dir.resolve(folder).toString(), "@OUT").replace(sqlite, "@STORE").replace(postgres, "@STORE")
                .replaceAll("\"id\" : \"[0-9a-f-]{36}\"", "\"id\" : \"@UUID\"")
                .replaceAll("\"bytes\" : \\d+", "\"bytes\" : @BYTES");
    }

    @Test
    void everyCommandAnswersAlikeOnSqliteAndPostgresql() throws Exception {
        both("provinces", "--json");
        both("provinces");
        both("resolve", "tỉnh", "Bình", "Định", "cũ", "--json");
        both("meetings", "--province", "Gia Lai", "--partner", "TP Ashikaga", "--json");
        both("meetings", "--province", "phu tho");
        both("requests", "--province", "Phú Thọ", "--json");
        both("requests", "--province", "Vinh Phuc", "--partner", "Embassy of Japan", "--status", "open");
        both("search", "buoi", "doan", "hung", "--json");
        both("search", "hokkaido", "--json");
        both("search", "nhat", "ban", "--json");
        both("search", "t", "--json");
        both("search", "北海道", "--json");

        both("import", dir.resolve("article.txt").toString(), "--save", "--json");
        both("meetings", "--province", "Phú Thọ", "--json");
        both("search", "che", "--json");

        String id = both("requests", "--province", "phu tho", "--json").json().get(0).get("id").asText();
        both("follow-up", "--request", id, "--status", "in-progress", "--note", "JETRO đã trả lời", "--date",
                "2026-11-20");
        both("requests", "--province", "phu tho", "--status", "in_progress");
        both("undo");
        both("requests", "--province", "phu tho", "--status", "in_progress");
        both("delete", "--kind", "request", "--id", id);
        both("delete", "--kind", "person", "--id", "ito-naoki");
        both("trash");
        both("trash", "--restore", "1");
        both("requests", "--province", "phu tho", "--json");
        both("due", "--json");

        both("export", "--out", "@OUT/export.json");
        // each store exports its own identity and versions; the records are the same
        assertThat(vn.protocolbrief.store.ExportRecords.of(Files.readString(dir.resolve("postgres/export.json"))))
                .isEqualTo(vn.protocolbrief.store.ExportRecords.of(Files.readString(dir.resolve("sqlite/export.json"))));
        both("brief", "--province", "tinh Binh Dinh cu", "--partner", "TP Ashikaga", "--date", "2026-12-03",
                "--out", "@OUT/pack.pdf", "--json");
    }

    @Test
    void anArchiveImportedIntoEachGivesTheSameStore() throws Exception {
        Path archive = dir.resolve("demo.json");
        assertThat(CliRun.on(dir.resolve("source.db").toString(), "export", "--out", archive.toString()).code()).isZero();
        String sqliteCopy = dir.resolve("copy.db").toString();
        String postgresCopy = EmbeddedOffice.server().freshDatabase("BothStoresCliTestCopy");
        CliRun a = CliRun.on(sqliteCopy, "import-json", archive.toString(), "--json");
        CliRun b = CliRun.on(postgresCopy, "import-json", archive.toString(), "--json");
        assertThat(b.err()).isEqualTo(a.err());
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(CliRun.on(sqliteCopy, "export", "--out", dir.resolve("a.json").toString()).code()).isZero();
        assertThat(CliRun.on(postgresCopy, "export", "--out", dir.resolve("b.json").toString()).code()).isZero();
        assertThat(vn.protocolbrief.store.ExportRecords.of(Files.readString(dir.resolve("b.json"))))
                .isEqualTo(vn.protocolbrief.store.ExportRecords.of(Files.readString(dir.resolve("a.json"))));
    }

    /** A file naming a prefecture nobody knows is refused in the same one line on both stores, naming the record. */
    @Test
    void aBrokenReferenceIsRefusedInTheSameWordsOnBoth() throws Exception {
        Path archive = dir.resolve("broken.json");
        assertThat(CliRun.on(dir.resolve("source.db").toString(), "export", "--out", archive.toString()).code()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var file = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(archive.toFile());
        var partner = (com.fasterxml.jackson.databind.node.ObjectNode) java.util.stream.StreamSupport
                .stream(file.get("partners").spliterator(), false)
                .filter(p -> p.hasNonNull("prefectureCode")).findFirst().orElseThrow();
        partner.put("prefectureCode", "99");
        json.writeValue(archive.toFile(), file);
        CliRun a = CliRun.on(dir.resolve("broken-copy.db").toString(), "import-json", archive.toString());
        CliRun b = CliRun.on(EmbeddedOffice.server().freshDatabase("BothStoresCliTestBroken"), "import-json",
                archive.toString());
        assertThat(a.code()).isNotZero();
        assertThat(a.err().strip()).contains("partner '" + partner.get("id").asText() + "' (field prefecture_code)"
                + " refers to prefecture '99'").doesNotContain("\n");
        assertThat(b.err()).isEqualTo(a.err());
        assertThat(b.code()).isEqualTo(a.code());
    }
}
