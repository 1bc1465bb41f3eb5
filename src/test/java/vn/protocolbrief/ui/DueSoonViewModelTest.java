package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.service.CommitmentService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.records.DueSoonViewModel;

/** Issue 21: the window's "Due soon" reads the same list as the command line's due. */
class DueSoonViewModelTest {
    @TempDir
    Path dir;
    Store store;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyPairsSoonAndOverdueItemsOnStartAndThePairsOwnList() {
        store = Store.open(dir.resolve("demo.db"));
        CommitmentService commitments = new CommitmentService(store);
        String meeting = "m-2025-10-27-gia-lai-ashikaga";
        commitments.save(new Commitment("cm-soon", meeting, Side.JP, "Cử chuyên gia", PartialDate.of(
                LocalDate.now().plusDays(10).toString()), "Sở Ngoại vụ", RequestStatus.OPEN, null, List.of()));
        commitments.save(new Commitment("cm-late", meeting, Side.VN, "Gửi danh mục sản phẩm", PartialDate.of(
                LocalDate.now().minusDays(3).toString()), null, RequestStatus.OPEN, null, List.of()));
        commitments.save(new Commitment("cm-far", meeting, Side.VN, "Mở văn phòng", PartialDate.of(
                LocalDate.now().plusDays(200).toString()), null, RequestStatus.OPEN, null, List.of()));
        var pair = new SimpleObjectProperty<SelectedPair>();
        DueSoonViewModel vm = new DueSoonViewModel(store, new SyncTaskRunner(), new Messages("vi"), pair,
                java.time.Clock.systemDefaultZone());
        vm.refresh();
        assertThat(vm.soon()).extracting(DueSoonViewModel.Line::id).containsExactly("cm-late", "cm-soon");
        assertThat(vm.soon().get(0).overdue()).isTrue();
        assertThat(vm.soon().get(0).text()).startsWith("QUÁ HẠN").contains("Gửi danh mục sản phẩm", "Thành phố Ashikaga");
        assertThat(vm.soon().get(1).text()).contains("Phía Nhật Bản: Cử chuyên gia", "theo dõi: Sở Ngoại vụ");
        assertThat(vm.ofPair()).isEmpty();

        pair.set(store.reads(r -> new SelectedPair(r.provinces().stream().filter(p -> p.id().equals("gia-lai"))
                .findFirst().orElseThrow(), r.partnersById().get("ashikaga"))));
        assertThat(vm.ofPair()).extracting(DueSoonViewModel.Line::id).startsWith("cm-late", "cm-soon", "cm-far");
    }
}
