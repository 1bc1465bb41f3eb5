package vn.protocolbrief.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;

/** Shared helpers for store tests. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Meeting meeting(String id, String provinceId, String partnerId, String date, String requestText) {
        return new Meeting(id, PartialDate.of(date), provinceId, null, null, partnerId, "Buổi làm việc " + id,
                "Tóm tắt " + id, null, List.of(), List.of(),
                List.of(new Request(id + "-r1", Direction.VN_TO_JP, List.of("ocop_trade"), requestText,
                        RequestStatus.OPEN, null, null, List.of())), List.of());
    }
}
