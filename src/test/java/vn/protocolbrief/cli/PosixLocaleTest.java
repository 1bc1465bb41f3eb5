package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, finding 6: under LANG=C / LC_ALL=C (services, cron, some terminals) Vietnamese arguments, province
 * names and file names with diacritics reach the command intact, and its output is UTF-8. Runs the command line
 * as a new process with plain {@code java}, as a script would.
 */
@EnabledOnOs(OS.LINUX)
class PosixLocaleTest {
    @TempDir
    Path dir;

    private CliRun underCLocale(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "vn.protocolbrief.Launcher", "--db", dir.resolve("s.db").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CliRun(p.waitFor(), out, err);
    }

    @Test
    void vietnameseArgumentsAndFileNamesWorkUnderTheCLocale() throws Exception {
        CliRun search = underCLocale("search", "trống đồng");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("Trống đồng").doesNotContain("No matches");

        CliRun province = underCLocale("meetings", "--province", "Phú Thọ");
        assertThat(province.code()).as(province.err()).isZero();
        assertThat(province.out()).contains("Phú Thọ");

        Path folder = Files.createDirectories(dir.resolve("bài viết"));
        Path article = Files.writeString(folder.resolve("tiếp đoàn.txt"), "Chiều 5/3/2025, Chủ tịch UBND tỉnh Nghệ An"
                + " Nguyễn Đức Trung tiếp ông Tanaka Taro, Thị trưởng thành phố Nagoya (Nhật Bản) sang thăm và làm việc.",
                StandardCharsets.UTF_8);
        CliRun imported = underCLocale("import", article.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Nghệ An");

        Path pack = folder.resolve("gói tài liệu.pdf");
        CliRun brief = underCLocale("brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--out",
                pack.toString());
        assertThat(brief.code()).as(brief.err()).isZero();
        assertThat(pack).exists();
    }
}
