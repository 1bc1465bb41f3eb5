package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.service.RecordService;

/** Issue 12: a deleted record goes to a trash it can be restored from; the latest change can be undone. */
class UndoTest {
    @TempDir
    Path dir;
    Store store;
    RecordService records;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("demo.db"));
        records = new RecordService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    int count(String table) {
        return store.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void aDeletedMeetingIsInTheTrashAndComesBackWholeAndSearchable() {
        int requests = count("request");
        records.deleteMeeting("m-2025-11-25-phu-tho-embassy");
        assertThat(count("request")).isEqualTo(requests - 10);
        assertThat(records.trash()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("meeting");
            assertThat(c.label()).contains("Trần Duy Đông");
        });
        records.undo(records.trash().get(0).id());
        assertThat(count("request")).isEqualTo(requests);
        assertThat(records.trash()).isEmpty();
        Meeting back = records.meeting("m-2025-11-25-phu-tho-embassy");
        assertThat(back.gifts()).extracting(g -> g.item()).containsExactly("Biểu tượng Trống đồng");
        assertThat(new HistoryService(store).search("trong dong", 5)).extracting(SearchIndex.Hit::refId)
                .contains("m-2025-11-25-phu-tho-embassy");
    }

    @Test
    void theLatestChangeIsUndoneEditsCreationsAndStatusChanges() {
        Meeting m = records.meeting("m-2025-10-27-gia-lai-ashikaga");
        records.saveMeeting(new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), "Nhà khách tỉnh",
                m.partnerId(), m.title(), m.summary(), m.outcome(), m.sourceIds(), m.participants(), m.requests(),
                m.gifts()));
        records.followUp("r-gia-lai-2", new FollowUp(PartialDate.of("2026-11-20"), RequestStatus.DONE,
                "Hai bên đã ký thỏa thuận hữu nghị", null));
        assertThat(records.lastChange()).get().extracting(RecordService.Change::action).isEqualTo("edit");
        records.undoLast();
        assertThat(records.meeting(m.id()).requests()).filteredOn(r -> r.id().equals("r-gia-lai-2"))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.OPEN));
        assertThat(records.meeting(m.id()).venue()).isEqualTo("Nhà khách tỉnh");
        records.undoLast();
        assertThat(records.meeting(m.id()).venue()).isEqualTo(m.venue());

        var figure = new vn.protocolbrief.domain.KeyFigure("kf-new", "gia-lai", null, "Lao động tại Nhật Bản", "1.200",
                "người", PartialDate.of("2026"), null);
        records.saveFigure(figure);
        assertThat(count("key_figure")).isEqualTo(8);
        records.undoLast();
        assertThat(count("key_figure")).isEqualTo(7);
        assertThat(records.trash()).isEmpty(); // undoing a creation is no deletion to restore
    }

    @Test
    void nothingToUndoAndAChangeUndoneTwiceAreSaidInOneLine() {
        assertThat(records.undoLast()).isEmpty();
        records.deleteAgreement("ag-2024-quy-nhon-ashikaga");
        long id = records.trash().get(0).id();
        records.undo(id);
        assertThatThrownBy(() -> records.undo(id)).isInstanceOf(StoreException.class)
                .hasMessage("That change was already undone.");
        assertThat(List.of(count("agreement"))).containsExactly(4);
    }
}
