package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One short article per way Vietnamese reports name the partner, its leader and the day (written for these
 * tests; see src/test/resources/ingest/phrasings), and the articles that must be refused, each with why.
 */
class PhrasingFamiliesTest extends BareStoreTest {

    record Expected(String file, String province, String partner, String leaderFamily, String date, String refusal) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> articles() throws IOException {
        List<Expected> out = new ArrayList<>();
        String tsv = read("expected.tsv");
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("file\t")) {
                continue;
            }
            String[] c = (line + "\t\t\t\t\t").split("\t", -1);
            out.add(new Expected(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        return out.stream();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = PhrasingFamiliesTest.class.getResourceAsStream("/ingest/phrasings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Draft draft(String file) throws IOException {
        return service.draft(new ArticleReader().read(read(file).getBytes(StandardCharsets.UTF_8), file));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void eachPhrasingIsRead(Expected e) throws IOException {
        if (e.province().equals("NEG")) {
            assertThatThrownBy(() -> draft(e.file())).isInstanceOf(ImportException.class)
                    .satisfies(x -> assertThat(((ImportException) x).problem().name()).isEqualTo(e.refusal()));
            return;
        }
        Draft d = draft(e.file());
        assertThat(d.province()).as("province").isNotNull();
        assertThat(d.province().id()).as("province").isEqualTo(e.province());
        assertThat(d.partner()).as("partner").isNotNull();
        String partner = String.join(" | ", String.valueOf(d.partner().id()), d.partner().name(),
                String.valueOf(d.partner().nameEn()));
        assertThat(partner).as("partner").containsIgnoringCase(e.partner());
        assertThat(d.leader()).as("leader").isNotNull();
        assertThat(CorpusScore.fold(d.leader().familyName())).as("leader's family name")
                .isEqualTo(CorpusScore.fold(e.leaderFamily()));
        if (e.date().isEmpty()) {
            assertThat(d.date()).as("date").isNull();
            assertThat(d.warnings()).extracting(Warning::code).containsAnyOf("no_year", "no_date", "no_date_published");
        } else {
            assertThat(d.date()).as("date").isEqualTo(e.date());
        }
        assertThat(d.evidence()).containsKeys("province", "partner", "leader");
    }

    @org.junit.jupiter.api.Test
    void aTitleAfterTheNameIsKept() throws IOException {
        // "do ông Nakano Ryo, Phó Đại sứ dẫn đầu": the deputy's own title, not the ambassador's, and not lost.
        assertThat(draft("33_deputy_ambassador_title_after_name.txt").leader().title()).isEqualTo("Phó Đại sứ");
    }


    @org.junit.jupiter.api.Test
    void otherStoriesHeadlinesAfterTheStoryAreNotItsFacts() throws IOException {
        Draft d = draft("35_other_headlines_after_the_story.txt");
        assertThat(d.venue()).isNull();
        assertThat(d.members()).isEmpty();
        assertThat(d.localities()).isEmpty();
        assertThat(d.warnings()).extracting(Warning::code).doesNotContain("partner_unsure");
    }

}
