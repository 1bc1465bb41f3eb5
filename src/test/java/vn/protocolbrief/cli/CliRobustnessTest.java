package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 on the command line: one-line answers, output only where it belongs, nothing stops a folder. */
class CliRobustnessTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void scratch() {
        db = dir.resolve("s.db");
    }

    CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions, named pipes and links")
    void outWritesOnlyToAnOrdinaryFileAndReplacesALinkWithoutFollowingIt() throws Exception {
        Path device = dir.resolve("pipe");
        new ProcessBuilder("mkfifo", device.toString()).start().waitFor();
        Path readOnly = Files.writeString(dir.resolve("ro.pdf"), "kept");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        for (Path bad : List.of(device, dir, readOnly)) {
            CliRun r = run("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--out", bad.toString());
            assertThat(r.code()).as(bad.toString()).isEqualTo(1);
            assertThat(r.err().strip().lines()).singleElement().asString().startsWith("error: Cannot write " + bad);
        }
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.readString(readOnly)).isEqualTo("kept");
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        assertThat(run("export", "--out", link.toString()).code()).isZero();
        // Issue 23: a link at the output is replaced, never followed (a planted link cannot redirect the write).
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).startsWith("{");
        assertThat(Files.readString(real)).isEqualTo("old");
    }

    @Test
    void aFolderImportGoesOnPastABadFileAndItsJsonParses() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "Chiều 5/3/2025, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung tiếp ông"
                + " Tanaka Taro, Thị trưởng thành phố Nagoya (Nhật Bản) sang thăm và làm việc.");
        Files.write(folder.resolve("b.txt"), new byte[]{0, 1, 2, 3});
        Files.writeString(folder.resolve("c.txt"), "Ngày 31/02/2025, Chủ tịch UBND tỉnh Quảng Trị tiếp ông Suzuki Ichiro,"
                + " Thống đốc tỉnh Gifu, cùng đoàn công tác sang thăm và làm việc.");
        CliRun r = run("import", folder.toString(), "--save", "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = r.json();
        assertThat(json).hasSize(3);
        assertThat(json.get(0).get("status").asText()).isEqualTo("saved");
        assertThat(json.get(1).get("status").asText()).isEqualTo("error");
        assertThat(json.get(1).get("message").asText()).startsWith("b.txt ");
        assertThat(json.get(2).get("status").asText()).isEqualTo("saved");
    }

    @Test
    void controlCharactersNeverReachTheTerminal() throws Exception {
        Path file = dir.resolve("export.json");
        assertThat(run("export", "--out", file.toString()).code()).isZero();
        String json = Files.readString(file).replace("\"Gia Lai\"", "\"Gia\\u001b[2J Lai\\u0007\"");
        Files.writeString(file, json);
        db = dir.resolve("other.db");
        assertThat(run("import-json", file.toString()).code()).isZero();
        CliRun text = run("meetings", "--province", "Gia Lai");
        assertThat(text.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001B[2J");
        CliRun asJson = run("meetings", "--province", "Gia Lai", "--json");
        assertThat(asJson.out()).doesNotContain("\u001b");
        asJson.json();
    }

    @Test
    void brokenExportsAreAnsweredInOneLine() throws Exception {
        String empty = "{\"format\":1,\"partners\":[],\"persons\":[],\"sources\":[],\"meetings\":[],\"agreements\":[],"
                + "\"aidProjects\":[],\"keyFigures\":[],\"localityLinks\":[],\"sensitivities\":[]}";
        String aid = "{\"id\":\"a1\",\"provinceId\":\"phu-tho\",\"title\":\"x\",\"amount\":AMOUNT,\"currency\":\"USD\","
                + "\"status\":\"approved\"}";
        String person = "{\"id\":\"p1\",\"familyName\":\"A\",\"nationality\":\"jp\"}";
        var cases = new java.util.LinkedHashMap<String, String>();
        cases.put("huge exponent", empty.replace("\"aidProjects\":[]", "\"aidProjects\":[" + aid.replace("AMOUNT",
                "1e999999999") + "]"));
        cases.put("long number", empty.replace("\"aidProjects\":[]", "\"aidProjects\":[" + aid.replace("AMOUNT",
                "1".repeat(1200)) + "]"));
        cases.put("trailing garbage", empty + " garbage");
        cases.put("format as text", empty.replace("\"format\":1", "\"format\":\"1\""));
        cases.put("null entry", empty.replace("\"meetings\":[]", "\"meetings\":[null]"));
        cases.put("person twice", empty.replace("\"persons\":[]", "\"persons\":[" + person + "," + person + "]"));
        cases.put("deep nesting", "{\"format\":1,\"partners\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        for (var c : cases.entrySet()) {
            Path file = Files.writeString(dir.resolve("bad.json"), c.getValue());
            CliRun r = run("import-json", file.toString());
            assertThat(r.code()).as(c.getKey()).isEqualTo(1);
            assertThat(r.err().strip().lines()).as(c.getKey()).singleElement().asString().startsWith("error: ")
                    .doesNotContain("Unexpected error");
        }
        assertThat(run("search", "ito", "--limit", "-1").err()).startsWith("error: --limit must be");
    }

    @Test
    void theLogIsNeverWrittenToStdoutEvenWhenItCannotBeWritten() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dprotocolbrief.log=" + notAFolder.resolve("cannot.log"), "-Djava.awt.headless=true",
                "vn.protocolbrief.Launcher", "--db", db.toString(), "provinces", "--json").redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(new ObjectMapper().readTree(out)).hasSize(34);
        assertThat(err).isEmpty();
    }
}
