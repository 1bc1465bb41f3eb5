package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Province;

/**
 * Fills a store with a large, plausible, clearly synthetic history (every title says "[synthetic]") for
 * benchmarks: meetings spread over all provinces and many partners, several requests each, all indexed.
 */
public final class SyntheticStore {
    private static final String[] WORDS = ("hợp tác đào tạo nguồn nhân lực đầu tư công nghệ cao nông sản bưởi chè "
            + "xúc tiến thương mại du lịch văn hóa giao lưu thiên tai cứu trợ bão lũ học bổng lao động kỹ năng "
            + "khu công nghiệp hạ tầng đô thị môi trường rác thải y tế bệnh viện giáo dục đại học nghiên cứu "
            + "chuyển đổi số đổi mới sáng tạo OCOP xuất khẩu gạo thủy sản cà phê hồ tiêu điều logistics cảng biển "
            + "năng lượng tái tạo điện gió điện mặt trời di sản lễ hội ẩm thực thể thao kết nghĩa hữu nghị")
            .split(" ");
    private static final String[] FAMILY_JP = {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto",
            "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto"};
    private static final String[] GIVEN_JP = {"Hiroshi", "Takeshi", "Kenji", "Yuki", "Akira", "Naoki", "Haruto",
            "Sora", "Yui", "Aoi", "Riku", "Mei"};
    private static final String[] CATEGORIES = {"ocop_trade", "disaster_aid", "training_hr", "investment",
            "development_aid", "tourism_culture", "education_science", "environment_climate", "health_social",
            "urban_infrastructure", "agriculture", "local_partnership", "other"};

    private SyntheticStore() {
    }

    /**
     * Sizes of what was generated, and whether an office server's audit triggers were off while it was written (its
     * rows then carry no who-changed-what: they are test data).
     */
    public record Counts(int meetings, int requests, int partners, int persons, boolean auditTriggersOff) {
        public Counts(int meetings, int requests, int partners, int persons) {
            this(meetings, requests, partners, persons, false);
        }
    }

    public static Counts fill(Store store, int meetings, int requests, long seed) {
        Random rnd = new Random(seed);
        Repositories repos = new Repositories();
        List<Province> provinces = store.read(h -> repos.reference().provinces(h));
        List<String> partners = new ArrayList<>(store.read(h -> h.createQuery("SELECT id FROM partner").mapTo(String.class).list()));
        int persons = Math.max(50, meetings / 25);
        boolean triggersOff = store.write(h -> {
            boolean off = auditTriggersOff(h);
            PreparedBatch partnerBatch = h.prepareBatch("INSERT INTO partner (id, kind, name_vi, name_en, prefecture_code)"
                    + " VALUES (?, 'municipality', ?, ?, ?)");
            for (int i = 0; i < 150; i++) {
                String id = "syn-city-" + i;
                String name = "Synthetic City " + i;
                partnerBatch.add(id, "Thành phố " + name, name, String.format("%02d", 1 + rnd.nextInt(47)));
                partners.add(id);
            }
            partnerBatch.execute();
            PreparedBatch personBatch = h.prepareBatch("INSERT INTO person (id, family_name, given_name, nationality)"
                    + " VALUES (?, ?, ?, 'jp')");
            for (int i = 0; i < persons; i++) {
                personBatch.add("syn-p-" + i, FAMILY_JP[rnd.nextInt(FAMILY_JP.length)], GIVEN_JP[rnd.nextInt(GIVEN_JP.length)]);
            }
            personBatch.execute();
            writeMeetings(h, rnd, provinces, partners, persons, meetings, requests);
            return off;
        });
        return new Counts(meetings, requests, partners.size(), persons, triggersOff);
    }

    /** What a store already holds (a benchmark measuring a store an earlier run built). */
    public static Counts held(Store store) {
        return store.read(h -> h.createQuery("SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM request),"
                        + " (SELECT count(*) FROM partner), (SELECT count(*) FROM person)")
                .map((rs, ctx) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).one());
    }

    /**
     * On PostgreSQL, turns the office's audit triggers (V015) off for this transaction only, when the server lets this
     * login (a superuser or one granted the setting): logging a million synthetic rows one by one took longer than
     * writing them. Elsewhere, or when refused, everything is logged as usual.
     */
    private static boolean auditTriggersOff(Handle h) {
        if (Dialect.of(h) != Dialect.POSTGRES) {
            return false;
        }
        h.savepoint("synthetic_triggers");
        try {
            h.execute("SET LOCAL session_replication_role = replica");
            h.releaseSavepoint("synthetic_triggers");
            return true;
        } catch (RuntimeException refused) {
            h.rollbackToSavepoint("synthetic_triggers");
            return false;
        }
    }

    private static void writeMeetings(Handle h, Random rnd, List<Province> provinces, List<String> partners,
                                      int persons, int meetings, int requests) {
        PreparedBatch m = h.prepareBatch("INSERT INTO meeting (id, date, date_precision, province_id, province_as_written,"
                + " partner_id, title, summary, sort_key) VALUES (?, ?, 'day', ?, ?, ?, ?, ?, ?)");
        PreparedBatch p = h.prepareBatch("INSERT INTO participant (meeting_id, ordinal, person_id, side, role, title)"
                + " VALUES (?, 0, ?, 'jp', 'leader', 'Thị trưởng')");
        PreparedBatch r = h.prepareBatch("INSERT INTO request (id, meeting_id, ordinal, direction, text, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedBatch c = h.prepareBatch("INSERT INTO request_category_link (request_id, category_id, ordinal) VALUES (?, ?, 0)");
        SearchIndex.Batch idx = new SearchIndex.Batch(h);
        String[] statuses = {"open", "in_progress", "done", "declined"};
        int written = 0;
        for (int i = 0; i < meetings; i++) {
            Province prov = provinces.get(rnd.nextInt(provinces.size()));
            String asWritten = prov.predecessors().get(rnd.nextInt(prov.predecessors().size()));
            String partner = partners.get(rnd.nextInt(partners.size()));
            String date = PartialDate.day(2000 + rnd.nextInt(26), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)).iso();
            String id = "syn-m-" + i;
            String title = "[synthetic] Làm việc với đối tác Nhật Bản về " + phrase(rnd, 3);
            String summary = phrase(rnd, 40);
            m.add(id, date, prov.id(), asWritten, partner, title, summary, date);
            p.add(id, "syn-p-" + rnd.nextInt(persons));
            idx.add(SearchIndex.Kind.MEETING, id, title, asWritten + " " + summary);
            int n = (int) ((long) requests * (i + 1) / meetings) - written;
            for (int k = 0; k < n; k++) {
                String rid = id + "-r" + k;
                String text = "Đề nghị hỗ trợ " + phrase(rnd, 14);
                r.add(rid, id, k, rnd.nextBoolean() ? "vn_to_jp" : "jp_to_vn", text, statuses[rnd.nextInt(4)]);
                c.add(rid, CATEGORIES[rnd.nextInt(CATEGORIES.length)]);
                idx.add(SearchIndex.Kind.REQUEST, rid, text, text);
            }
            written += n;
            if (i % 2000 == 1999) {
                for (PreparedBatch b : List.of(m, p, r, c)) {
                    b.execute();
                }
            }
        }
        for (PreparedBatch b : List.of(m, p, r, c)) {
            b.execute();
        }
        idx.finish();
    }

    /**
     * A heavy history for one province and one partner (a pack's worst case): meetings with a leader, two
     * hosts and a gift, requests (some raised again at later meetings), agreements and aid projects.
     */
    public static Counts fillPair(Store store, String provinceId, String partnerId, int meetings, int requests,
                                  long seed) {
        Random rnd = new Random(seed);
        Repositories repos = new Repositories();
        Province province = store.read(h -> repos.reference().provinces(h)).stream()
                .filter(p -> p.id().equals(provinceId)).findFirst().orElseThrow();
        store.write(h -> {
            for (int i = 0; i < 12; i++) {
                repos.persons().upsert(h, new vn.protocolbrief.domain.Person("syn-pair-p" + i, FAMILY_JP[i % FAMILY_JP.length],
                        GIVEN_JP[i % GIVEN_JP.length], null, i < 6 ? vn.protocolbrief.domain.Nationality.JP
                        : vn.protocolbrief.domain.Nationality.VN, null, "[synthetic]", List.of()));
            }
            int written = 0;
            for (int i = 0; i < meetings; i++) {
                String id = "syn-pair-m" + i;
                PartialDate date = PartialDate.day(2005 + i * 20 / meetings, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                int n = (int) ((long) requests * (i + 1) / meetings) - written;
                List<vn.protocolbrief.domain.Request> reqs = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    String cat = CATEGORIES[rnd.nextInt(CATEGORIES.length)];
                    reqs.add(new vn.protocolbrief.domain.Request(id + "-r" + k,
                            rnd.nextBoolean() ? vn.protocolbrief.domain.Direction.VN_TO_JP
                                    : vn.protocolbrief.domain.Direction.JP_TO_VN, List.of(cat),
                            "Đề nghị hỗ trợ " + phrase(rnd, 14), vn.protocolbrief.domain.RequestStatus.values()[rnd.nextInt(4)],
                            rnd.nextInt(5) == 0 ? "syn-thread-" + rnd.nextInt(40) : null, null, List.of()));
                }
                written += n;
                var participants = List.of(
                        new vn.protocolbrief.domain.Participant("syn-pair-p" + rnd.nextInt(6), vn.protocolbrief.domain.Side.JP,
                                vn.protocolbrief.domain.ParticipantRole.LEADER, "Trưởng đoàn"),
                        new vn.protocolbrief.domain.Participant("syn-pair-p" + (6 + rnd.nextInt(6)), vn.protocolbrief.domain.Side.VN,
                                vn.protocolbrief.domain.ParticipantRole.HOST, "Chủ tịch UBND tỉnh"));
                var gifts = List.of(new vn.protocolbrief.domain.Gift(id + "-g", "Quà lưu niệm " + phrase(rnd, 2),
                        vn.protocolbrief.domain.Direction.VN_TO_JP, null, "UBND tỉnh", null, "Trưởng đoàn", null));
                repos.meetings().upsert(h, new Meeting(id, date, provinceId,
                        province.predecessors().get(rnd.nextInt(province.predecessors().size())), null, partnerId,
                        "[synthetic] Làm việc về " + phrase(rnd, 4), phrase(rnd, 60), phrase(rnd, 20), List.of(),
                        participants, reqs, gifts));
                if (i % 10 == 0) {
                    repos.agreements().upsert(h, new vn.protocolbrief.domain.Agreement("syn-pair-a" + i, id, provinceId,
                            null, partnerId, "mou", "[synthetic] Biên bản ghi nhớ " + phrase(rnd, 4), date, null,
                            phrase(rnd, 6), "signed", null));
                    repos.aidProjects().upsert(h, new vn.protocolbrief.domain.AidProject("syn-pair-aid" + i, id, provinceId,
                            partnerId, "[synthetic] Dự án " + phrase(rnd, 5), "Chính phủ Nhật Bản", "JICA",
                            java.math.BigDecimal.valueOf(100000 + rnd.nextInt(900000)), "USD", null, phrase(rnd, 8),
                            vn.protocolbrief.domain.AidStatus.COMPLETED, date, null));
                }
            }
            return null;
        });
        return new Counts(meetings, requests, 1, 12);
    }

    private static String phrase(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
