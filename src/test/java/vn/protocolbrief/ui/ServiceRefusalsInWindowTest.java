package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.RecordService;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;

/**
 * What the services refuse reaches the Vietnamese window in Vietnamese, not under "the program's message (in
 * English)": a visit's host who holds a post in another province, a status change without a note, a date that is no
 * date, each a real call to the services the window makes. The command line's English line is unchanged.
 */
class ServiceRefusalsInWindowTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aHostOfAnotherProvinceIsRefusedInTheWindowsLanguage() {
        Catalog catalog = new Catalog(store);
        String host = catalog.person("Nguyễn Xuân Ký").id();
        Visit visit = new Visit(VisitService.newId(), "gia-lai", catalog.partner("Ashikaga").id(),
                PartialDate.of("2026-12-03"), null, null, null, null, List.of(),
                List.of(new Visit.Attendee(host, null, null)), null, List.of(), null, null, null, List.of());

        Throwable refused = catchThrowable(() -> new VisitService(store).record(visit, VisitService.ANY_VERSION));

        assertThat(refused.getMessage()).contains("holds a post in", "not in Gia Lai");
        assertThat(new Messages("vi").reason(refused)).contains("Nguyễn Xuân Ký", "không phải ở Gia Lai")
                .doesNotContain("holds", "tiếng Anh");
        assertThat(new Messages("en").reason(refused)).isEqualTo(refused.getMessage());
        assertThat(new VisitService(store).list(null, null)).isEmpty();
    }

    @Test
    void aStatusChangeWithoutANoteAndADateThatIsNoneAreSaidInVietnamese() {
        Throwable noNote = catchThrowable(() -> new RecordService(store).followUp("r-any",
                new FollowUp(PartialDate.of("2026-12-01"), vn.protocolbrief.domain.RequestStatus.DONE, " ", null)));
        Throwable noDate = catchThrowable(() -> DateInput.parse("31/02/2026"));

        assertThat(noNote.getMessage()).isEqualTo("A status change needs a note saying why.");
        assertThat(new Messages("vi").reason(noNote)).isEqualTo("Đổi trạng thái cần có ghi chú nêu lý do.");
        assertThat(noDate.getMessage()).startsWith("Not a date: '31/02/2026' (");
        assertThat(new Messages("vi").reason(noDate)).isEqualTo("Không phải ngày: '31/02/2026' (không có ngày này).");
    }

    @Test
    void aBrokenExportFileIsSaidInVietnameseWithItsLineAndTheCommandLineKeepsItsEnglish() throws Exception {
        byte[] broken = "{\"format\": 1,\n  \"meetings\": [ }".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Throwable refused = catchThrowable(() -> vn.protocolbrief.store.ArchiveJson.read(
                new java.io.ByteArrayInputStream(broken), "hong.json"));

        assertThat(refused.getMessage()).startsWith("hong.json is not a valid Protocol Brief export at line 2")
                .endsWith("Nothing was imported.");
        assertThat(new Messages("vi").reason(refused)).startsWith("hong.json không phải tệp xuất hợp lệ")
                .contains("dòng 2").doesNotContain("tiếng Anh");
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidInVietnamese() throws Exception {
        Throwable refused = catchThrowable(() -> vn.protocolbrief.store.TempFiles.writeWhole(dir.resolve("goi.pdf"),
                "goi", out -> {
                    throw new java.io.IOException("No space left on device");
                }));

        assertThat(refused.getMessage()).startsWith("Cannot write " + dir.resolve("goi.pdf"));
        assertThat(new Messages("vi").reason(refused)).startsWith("Không ghi được").doesNotContain("tiếng Anh");
    }
}
