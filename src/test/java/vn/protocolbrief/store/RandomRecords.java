package vn.protocolbrief.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Sensitivity;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Source;

/** Random records of every kind, with awkward text and extreme (but valid) amounts and dates, for round trips. */
final class RandomRecords {
    private static final String[] PIECES = {"Hà Nội", "伊藤直樹", "Đặng Xuân Phong", "\"quoted\"", "a\\b", "tab\there",
            "emoji 🎎", "line\nbreak", "Nhật Bản", "ĐSQ", "x", "  spaced  ", "Ōsaka", "100%", "<b>", "é", "ﾊﾝｶｸ"};
    private static final String[] PROVINCES = {"phu-tho", "gia-lai", "ha-noi", "quang-ninh", "ca-mau"};
    private static final String[] CATEGORIES = {"ocop_trade", "investment", "training_hr", "other", "agriculture"};

    private RandomRecords() {
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]).append(' ');
        }
        return b.toString().strip();
    }

    private static PartialDate date(Random r) {
        int kind = r.nextInt(4);
        int y = 1990 + r.nextInt(40);
        return switch (kind) {
            case 0 -> PartialDate.UNKNOWN;
            case 1 -> PartialDate.of(String.valueOf(y));
            case 2 -> PartialDate.of(String.format("%04d-%02d", y, 1 + r.nextInt(12)));
            default -> PartialDate.day(y, 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }

    private static BigDecimal amount(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> new BigDecimal("999999999999999999.999999");
            case 2 -> BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(7));
            default -> new BigDecimal(Long.toString(Math.abs(r.nextLong() % 1_000_000_000_000_000_000L)));
        };
    }

    static void add(Store store, Random r, int meetings) {
        String tag = Long.toString(Math.abs(r.nextLong()), 36);
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            partners.add(new Partner("rp-" + tag + "-" + i, PartnerKind.values()[r.nextInt(PartnerKind.values().length)],
                    text(r), r.nextBoolean() ? text(r) : null, r.nextBoolean() ? "日本" : null, null, text(r),
                    List.of(text(r), "alias " + i)));
        }
        List<Source> sources = List.of(new Source("rs-" + tag, text(r), "https://example.vn/" + tag, date(r), text(r),
                text(r) + " " + text(r)));
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "rpe-" + tag + "-" + i;
            persons.add(new Person(id, text(r), r.nextBoolean() ? text(r) : null, r.nextBoolean() ? "伊藤" : null,
                    Nationality.values()[r.nextInt(3)], "Ngài", text(r), List.of(new Position(id + "#0", text(r), text(r),
                    partners.get(0).id(), null, date(r), date(r), sources.get(0).id()))));
        }
        List<Meeting> ms = new ArrayList<>();
        List<Agreement> agreements = new ArrayList<>();
        List<AidProject> aid = new ArrayList<>();
        for (int i = 0; i < meetings; i++) {
            String id = "rm-" + tag + "-" + i;
            String province = PROVINCES[r.nextInt(PROVINCES.length)];
            String partner = partners.get(r.nextInt(partners.size())).id();
            List<Request> requests = List.of(new Request(id + "-r", Direction.values()[r.nextInt(2)],
                    List.of(CATEGORIES[r.nextInt(CATEGORIES.length)]), text(r), RequestStatus.values()[r.nextInt(4)], null,
                    sources.get(0).id(), List.of(new FollowUp(date(r), RequestStatus.DONE, text(r), null))));
            ms.add(new Meeting(id, date(r), province, text(r), r.nextBoolean() ? text(r) : null, partner, text(r), text(r),
                    r.nextBoolean() ? text(r) : null, List.of(sources.get(0).id()),
                    List.of(new Participant(persons.get(r.nextInt(4)).id(), Side.JP, ParticipantRole.LEADER, text(r))),
                    requests, List.of(new Gift(id + "-g", text(r), Direction.VN_TO_JP, null, text(r), null, text(r), null))));
            agreements.add(new Agreement(id + "-a", id, province, text(r), partner, "agreement", text(r), date(r), text(r),
                    text(r), "signed", null));
            aid.add(new AidProject(id + "-aid", id, province, partner, text(r), text(r), text(r), amount(r), "USD", text(r),
                    text(r), AidStatus.values()[r.nextInt(5)], date(r), null));
        }
        Archive a = new Archive(Archive.FORMAT, partners, persons, sources, ms, agreements, aid,
                List.of(new KeyFigure("rk-" + tag, "phu-tho", null, text(r), text(r), null, date(r), null)),
                List.of(new LocalityLink("rl-" + tag, "gia-lai", text(r), partners.get(1).id(), "friendship", date(r),
                        text(r), null)),
                List.of(new Sensitivity("rse-" + tag, "ca-mau", null, "other", date(r), text(r), null)),
                List.of(new LearnedWord(LearnedWord.Kind.PARTNER_NAME, text(r) + tag, partners.get(2).id(),
                        "2026-11-30T10:00:00")));
        new ArchiveService(store).importArchive(a);
    }
}
