package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.store.Store;

/**
 * Issue 19 (readers of the front brief): what we want pointed at "point 3 of part 2" instead of saying it; the open
 * matters were counted in digits ("tiến độ 10 nội dung"); the gift already given was named in the reason and then
 * listed again. Each is said once, in words, in PDF and Word alike.
 */
class PurposeAndGiftSaidOnceTest {
    @TempDir
    Path dir;

    @Test
    void theFrontSaysWhatWeWantAndNamesTheGiftOnce() throws Exception {
        try (Store store = Store.open(dir.resolve("demo.db"))) {
            BriefService service = Packs.service(store);
            for (String lang : List.of("vi", "en")) {
                BriefRequest r = new BriefRequest("phu-tho", "embassy-of-japan", "ito-naoki", null, lang, null,
                        List.of("brief"), null, false);
                var model = service.assemble(r);
                assertThat(model.glance().giftsGiven()).isNotEmpty();
                Path word = dir.resolve(lang + ".docx");
                service.generate(r, word, BriefService.Format.DOCX);
                for (String text : List.of(service.xhtml(model), LetterFiles.text(word))) {
                    assertThat(text).doesNotContainPattern("của mục\\W2|of part\\W2")
                            .doesNotContainPattern("tiến độ \\d+|the \\d+ matters")
                            .doesNotContain(lang.equals("vi") ? "Quà đã tặng (tránh trùng lặp)" : "Gifts already given")
                            .doesNotContain("Of another kind");
                    assertThat(text).contains(lang.equals("vi") ? "Phía ta mong muốn phía Bạn xem xét, hỗ trợ"
                            : "We want the guests to consider and support");
                }
            }
        }
    }
}
