package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * A pair's history, one meeting, a partner's meetings — read with their sources, participants, gifts and requests
 * (categories, follow-ups) in one statement — equal the same meetings read table by table (every meeting, {@code all}),
 * on a file and on an office store.
 */
class MeetingsReadInOneStatementTest {
    @TempDir
    Path dir;

    @Test
    void onAFile() {
        try (Store store = Store.open(dir.resolve("m.db").toString(), false)) {
            check(store);
        }
    }

    @Test
    void onAnOfficeStore() {
        try (Store store = Store.open(EmbeddedOffice.server().freshDatabase("MeetingsReadInOneStatementTest"))) {
            check(store);
        }
    }

    private static void check(Store store) {
        SyntheticStore.fill(store, 120, 600, 7);
        // One pair's heavy history: meetings with a leader, hosts and a gift each.
        String province = store.read(h -> h.createQuery("SELECT id FROM province ORDER BY id LIMIT 1")
                .mapTo(String.class).one());
        String partner = store.read(h -> h.createQuery("SELECT id FROM partner ORDER BY id LIMIT 1")
                .mapTo(String.class).one());
        SyntheticStore.fillPair(store, province, partner, 15, 60, 3);
        MeetingRepository meetings = new MeetingRepository();
        store.write(h -> {
            // Follow-ups on some requests, two on one of them, so that their order counts too.
            List<String> requests = h.createQuery("SELECT id FROM request ORDER BY id LIMIT 30").mapTo(String.class).list();
            for (int i = 0; i < requests.size(); i += 3) {
                meetings.addFollowUp(h, requests.get(i), new FollowUp(PartialDate.of("2026-01-1" + (i % 9)),
                        RequestStatus.IN_PROGRESS, "Đang xử lý " + i, null));
                if (i % 2 == 0) {
                    meetings.addFollowUp(h, requests.get(i), new FollowUp(PartialDate.of("2026-02-01"),
                            RequestStatus.DONE, "Xong", null));
                }
            }
            return null;
        });
        store.read(h -> {
            List<Meeting> all = meetings.all(h);
            assertThat(all).hasSizeGreaterThanOrEqualTo(120);
            assertThat(all.stream().mapToLong(m -> m.requests().stream().filter(r -> r.followUps() != null
                    && r.followUps().size() == 2).count()).sum()).isPositive();
            assertThat(all.stream().filter(m -> m.gifts() != null && !m.gifts().isEmpty())).isNotEmpty();
            for (Meeting m : all) {
                assertThat(meetings.byId(h, m.id())).contains(m);
            }
            Map<List<String>, List<Meeting>> byPair = all.stream().collect(Collectors.groupingBy(
                    m -> java.util.Arrays.asList(m.provinceId(), m.partnerId()), java.util.LinkedHashMap::new,
                    Collectors.toList()));
            byPair.forEach((pair, expected) -> assertThat(meetings.history(h, pair.get(0), pair.get(1)))
                    .isEqualTo(expected));
            for (String p : all.stream().map(Meeting::partnerId).distinct().limit(10).toList()) {
                assertThat(meetings.withPartner(h, p))
                        .isEqualTo(all.stream().filter(m -> p.equals(m.partnerId())).toList());
            }
            return null;
        });
    }
}
