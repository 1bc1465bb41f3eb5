package vn.protocolbrief.travel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.cli.Cli;
import vn.protocolbrief.cli.Output;

/**
 * The set-up the travel tests share: an office (a SQLite file here, a PostgreSQL server where a subclass says so)
 * answering commands, a place for the copy, two short articles of our own, and the command line as an officer uses it.
 */
abstract class TravelOffice {
    /** Two short articles of our own, each a different province's meeting. */
    static final String ROAD_ARTICLE = """
            Lãnh đạo tỉnh Quảng Trị tiếp Đoàn công tác tỉnh Shizuoka (Nhật Bản)

            Ngày 03/12/2026, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Bình đã tiếp Đoàn công tác tỉnh Shizuoka (Nhật Bản) \
            do ông Tanaka Ichiro, Phó Thống đốc tỉnh Shizuoka làm trưởng đoàn.

            Chủ tịch UBND tỉnh đề nghị tỉnh Shizuoka hỗ trợ đào tạo điều dưỡng viên cho tỉnh.
            """;
    static final String OFFICE_ARTICLE = """
            Thừa Thiên Huế làm việc với tỉnh Kumamoto (Nhật Bản)

            Ngày 04/12/2026, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế Trần Minh Châu đã tiếp Đoàn công tác tỉnh \
            Kumamoto (Nhật Bản) do ông Sato Kenji, Chủ tịch Hội đồng tỉnh Kumamoto dẫn đầu.

            Phó Chủ tịch UBND tỉnh đề nghị tỉnh Kumamoto hỗ trợ phát triển du lịch cộng đồng.
            """;

    @TempDir
    Path dir;
    /** The office's location: a SQLite file here, a PostgreSQL server in the *OnPostgresTest subclasses. */
    String office;
    Path copy;

    String officeLocation() {
        return dir.resolve("office.db").toString();
    }

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run on(Path db, String... args) {
        return on(db.toString(), args);
    }

    static Run on(String db, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> full = new ArrayList<>(List.of("--db", db));
        full.addAll(List.of(args));
        int code = Cli.run(new Output(out, err), full.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run ok(Path db, String... args) {
        return ok(db.toString(), args);
    }

    static Run ok(String db, String... args) {
        Run r = on(db, args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    private int exports;

    /** Everything the store holds, as its export says. */
    JsonNode export(String db) throws Exception {
        Path file = dir.resolve("export-" + (++exports) + ".json");
        ok(db, "export", "--out", file.toString());
        return new ObjectMapper().readTree(file.toFile());
    }

    static Set<String> ids(JsonNode list, String field) {
        Set<String> out = new HashSet<>();
        list.forEach(x -> out.add(x.get(field).asText()));
        return out;
    }

    @BeforeEach
    void officeAndArticles() throws Exception {
        office = officeLocation();
        copy = dir.resolve("copy.db");
        assertThat(on(office, "provinces").code()).isZero();
        Files.writeString(dir.resolve("road.txt"), ROAD_ARTICLE);
        Files.writeString(dir.resolve("office.txt"), OFFICE_ARTICLE);
    }
}
