package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/**
 * Issue 19 (readers of the English pack): the "Read aloud as" column showed a dash for every Japanese name, since
 * readings are for a Vietnamese speaker. A table none of whose people has a reading has no such column, in PDF and
 * Word alike; the Vietnamese pack keeps it.
 */
class ReadingColumnTest {
    @TempDir
    Path dir;

    @Test
    void theEnglishPackHasNoReadingColumnAndTheVietnameseOneKeepsIt() throws Exception {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            BriefService service = Packs.service(store);
            BriefRequest en = new BriefRequest("phu-tho", "embassy-of-japan", "ito-naoki", null, "en", null,
                    List.of("delegation"), null, false);
            BriefRequest vi = new BriefRequest("phu-tho", "embassy-of-japan", "ito-naoki", null, "vi", null,
                    List.of("delegation"), null, false);
            var model = service.assemble(en);
            assertThat(model.delegation().people()).isNotEmpty();
            assertThat(service.xhtml(model)).doesNotContain("Read aloud as");
            Path word = dir.resolve("en.docx");
            service.generate(en, word, BriefService.Format.DOCX);
            assertThat(LetterFiles.text(word)).doesNotContain("Read aloud as");
            assertThat(service.xhtml(service.assemble(vi))).contains("Đọc là");
        }
    }
}
