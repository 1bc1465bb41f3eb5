package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/**
 * Issue 19 (rd16, rd17: Word only): a title parted from the name it stands before at a line's end ("tiếp Đại / sứ
 * Ito Naoki", "Provincial / Party Secretary Nguyen Xuan Ky"), the form of address parted from the name ("chào mừng Ông
 * / Ni-ca-i Tô-si-hi-rô"), a one-letter syllable of a place's name left at a line's end ("the province's U / Minh Ha").
 * In Word, the few words of a title or form of address right before a person's name are held with it, and a one-letter
 * capitalised syllable with the word after it.
 */
class TitlesHeldWithNamesInWordTest {
    @TempDir
    Path dir;

    private static final String NB = "\u00A0";

    @Test
    void aTitleOrFormOfAddressBeforeAPersonsNameIsHeldWithItInWord() throws Exception {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            Unbreakable u = new Unbreakable(Packs.service(store).assemble(new BriefRequest("phu-tho",
                    "embassy-of-japan", null, null, "vi", null, List.of("brief"), null, false)));
            assertThat(u.word("Chủ tịch UBND tỉnh tiếp Đại sứ Ito Naoki; hai bên trao đổi"))
                    .contains("tiếp Đại" + NB + "sứ" + NB + "Ito" + NB + "Naoki;");
            assertThat(u.word("We welcome H.E. ITO Naoki")).contains("welcome H.E." + NB + "ITO" + NB + "Naoki");
            assertThat(u.word("Provincial Party Secretary Tran Duy Dong gave the welcome speech"))
                    .contains("Provincial" + NB + "Party" + NB + "Secretary" + NB + "Tran" + NB + "Duy" + NB + "Dong gave");
            assertThat(u.word("chào mừng Ông Trần Duy Đông")).isEqualTo("chào mừng Ông" + NB + "Trần" + NB + "Duy"
                    + NB + "Đông");
            // A sentence before the name is not its title, nor a long run of words.
            assertThat(u.word("Hai bên đã ký kết. Ông Trần Duy Đông phát biểu")).contains("kết. Ông" + NB + "Trần");
            assertThat(u.word("the province's U Minh Ha National Park")).contains("U" + NB + "Minh");
            // A form of address the records already hold ("Party Secretary …") keeps the title's first word with it.
            assertThat(u.word("agreement. Provincial Party" + NB + "Secretary" + NB + "Tran" + NB + "Duy" + NB + "Dong gave"))
                    .contains("agreement. Provincial" + NB + "Party");
            // In a table's cell only a short title: the column must hold the whole run.
            assertThat(u.wordInTable("tiếp Đại sứ Ito Naoki")).contains("Đại" + NB + "sứ" + NB + "Ito");
            assertThat(u.wordInTable("Provincial Party Secretary Tran Duy Dong")).startsWith("Provincial Party");
            // In the PDF as before: the renderer's own held spans are unchanged.
            assertThat(u.text("tiếp Đại sứ Ito Naoki")).startsWith("tiếp Đại sứ ");
        }
    }
}
