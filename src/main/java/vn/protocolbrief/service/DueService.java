package vn.protocolbrief.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;

/**
 * What is owed, by either side: open commitments and open requests. Dated items (a commitment's due date, a request
 * given a day to be answered by) come first, soonest first; undated ones follow, the longest waiting first. The command
 * line's {@code due} and the window's "Due soon" read this one list.
 */
public final class DueService {
    private final Store store;

    public DueService(Store store) {
        this.store = store;
    }

    /**
     * One thing owed. {@code kind} "commitment" or "request"; {@code side} who owes it ("vn", "jp": for a request,
     * the side asked); {@code due} unknown for undated items; {@code overdue} when its day passed.
     */
    public record DueItem(String kind, String id, String side, String text, PartialDate due, boolean overdue,
                          String status, String followedBy, String meetingId, PartialDate meetingDate,
                          String provinceId, String partnerId, String sourceId) {
    }

    /**
     * The open items of a province and partner (null: all), soonest due first, overdue marked. With
     * {@code withinDays}, only dated items due by then (overdue ones included); without, undated items follow.
     */
    public List<DueItem> due(String provinceId, String partnerId, Integer withinDays, LocalDate today) {
        if (withinDays != null && withinDays < 0) {
            throw new UserProblem(UserProblem.Code.WITHIN_DAYS);
        }
        return store.reading(work -> {
            Map<String, Meeting> meetings = new java.util.HashMap<>();
            List<Meeting> pairMeetings = provinceId == null
                    ? (partnerId == null ? work.meetings().all() : work.meetings().withPartner(partnerId))
                    : work.meetings().history(provinceId, partnerId);
            pairMeetings.forEach(m -> meetings.put(m.id(), m));
            List<DueItem> dated = new ArrayList<>();
            List<DueItem> undated = new ArrayList<>();
            for (Commitment c : work.commitments().forPair(provinceId, partnerId, true)) {
                Meeting m = meetings.get(c.meetingId());
                if (m == null) {
                    continue;
                }
                LocalDate last = lastDay(c.due());
                DueItem item = new DueItem("commitment", c.id(), id(c.side()), c.text(), c.due(),
                        last != null && last.isBefore(today), id(c.status()), c.followedBy(), m.id(), m.date(),
                        m.provinceId(), m.partnerId(), c.sourceId());
                file(item, withinDays, today, dated, undated);
            }
            for (Meeting m : pairMeetings) {
                for (Request r : m.requests()) {
                    if (!r.status().isOpen()) {
                        continue;
                    }
                    String asked = r.direction() == vn.protocolbrief.domain.Direction.VN_TO_JP ? "jp" : "vn";
                    LocalDate last = lastDay(r.due());
                    DueItem item = new DueItem("request", r.id(), asked, r.text(), r.due(),
                            last != null && last.isBefore(today), id(r.status()), null, m.id(), m.date(),
                            m.provinceId(), m.partnerId(), r.sourceId());
                    file(item, withinDays, today, dated, undated);
                }
            }
            dated.sort(Comparator.comparing((DueItem d) -> lastDay(d.due())).thenComparing(DueItem::id));
            undated.sort(Comparator.comparing(DueItem::meetingDate).thenComparing(DueItem::kind).thenComparing(DueItem::id));
            List<DueItem> out = new ArrayList<>(dated);
            out.addAll(undated);
            return out;
        });
    }

    /** Puts an item in the dated or undated list, or leaves it out when it falls after the window asked for. */
    private static void file(DueItem item, Integer withinDays, LocalDate today, List<DueItem> dated,
                             List<DueItem> undated) {
        LocalDate last = lastDay(item.due());
        if (last == null) {
            if (withinDays == null) {
                undated.add(item);
            }
        } else if (withinDays == null || !last.isAfter(today.plusDays(withinDays))) {
            dated.add(item);
        }
    }

    /** The last day a partial date allows (a commitment due "in March 2026" is overdue from April). */
    public static LocalDate lastDay(PartialDate d) {
        if (!d.known()) {
            return null;
        }
        return switch (d.precision()) {
            case DAY -> LocalDate.parse(d.iso());
            case MONTH -> YearMonth.parse(d.iso()).atEndOfMonth();
            default -> LocalDate.of(d.yearValue(), 12, 31);
        };
    }

    private static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
