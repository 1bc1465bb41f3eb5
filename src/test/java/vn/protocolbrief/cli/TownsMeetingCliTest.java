package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A meeting where only a town's officials received the partner (rd18: Kinh Môn, then in Hải Dương, now in Hải
 * Phòng) is told as the town's: the importer's review says so, the pack names the town where it tells the meeting,
 * and its official cannot chair a visit for the province (ADR 0028). The article is of our own words.
 */
class TownsMeetingCliTest extends OnScratchStore {
    private static final String ARTICLE = """
            Lãnh đạo thị xã tiếp đoàn Hội hữu nghị Việt Nam – Nhật Bản tỉnh Miyagi

            Ngày 12/3/2020, đồng chí Nguyễn Văn Hòa, Bí thư Thị ủy Kinh Môn đã tiếp đoàn Hội hữu nghị Việt Nam – Nhật \
            Bản tỉnh Miyagi do ông Sato Ichiro, Chủ tịch Hội làm trưởng đoàn.

            Đồng chí Nguyễn Văn Hòa giới thiệu với đoàn về thị xã Kinh Môn, tỉnh Hải Dương.

            Đồng chí Nguyễn Văn Hòa đề nghị Hội hỗ trợ thị xã kết nối với các doanh nghiệp tỉnh Miyagi.
            """;

    private CliRun importIt() throws Exception {
        Path article = dir.resolve("town.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        return run("import", article.toString(), "--save", "--reviewed", "--as", "Nguyễn Thị An");
    }

    @Test
    void theReviewSaysOurSideWasATownsAndTheTownsOfficialCannotChairForTheProvince() throws Exception {
        CliRun imported = importIt();
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Warning:   Our side here is officials of Thị xã Kinh Môn only",
                "not by Hải Phòng's leadership");
        CliRun chairs = run("brief", "--province", "Hải Phòng", "--partner", "Hội Hữu nghị Nhật – Việt tại Miyagi",
                "--date", "03/12/2026", "--host", "Nguyễn Văn Hòa", "--out", dir.resolve("x.pdf").toString());
        assertThat(chairs.code()).isEqualTo(Cli.FAILED);
        assertThat(chairs.err()).contains("Nguyễn Văn Hòa holds a post of a town, district or commune",
                "not of Hải Phòng itself");
    }

    @Test
    void thePackTellsTheMeetingAsTheTownsWithTheProvinceItLayInThen() throws Exception {
        importIt();
        for (String lang : new String[] {"vi", "en"}) {
            Path xhtml = dir.resolve("p-" + lang + ".xhtml");
            CliRun brief = run("brief", "--province", "Hải Phòng", "--partner", "Hội Hữu nghị Nhật – Việt tại Miyagi",
                    "--date", "03/12/2026", "--lang", lang, "--out", dir.resolve("p-" + lang + ".pdf").toString(),
                    "--xhtml", xhtml.toString());
            assertThat(brief.code()).as(brief.err()).isZero();
            String text = Files.readString(xhtml).replaceAll("<[^>]+>", " ").replace('\u00A0', ' ').replaceAll("\\s+", " ");
            if (lang.equals("vi")) {
                // The front brief's last meeting and the history's place, never "Hải Phòng (Hải Dương cũ)".
                assertThat(text).contains("Lần làm việc gần nhất: 12/03/2020, Thị xã Kinh Môn (khi đó thuộc Hải Dương) —",
                        "12/03/2020 · Thị xã Kinh Môn (khi đó thuộc Hải Dương)").doesNotContain("(Hải Dương cũ)");
            } else {
                assertThat(text).contains("Last meeting: 12 March 2020, Kinh Mon Town (then in Hai Duong)",
                        "12 March 2020 · Kinh Mon Town (then in Hai Duong)");
            }
        }
    }
}
