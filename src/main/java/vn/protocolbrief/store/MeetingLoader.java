package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;

/** Reads meetings whole: the meetings a condition selects, with their sources, participants, requests and gifts. */
final class MeetingLoader {
    private MeetingLoader() {
    }

    /**
     * The meetings the condition selects, newest first, with what they hold. {@code few}: a selective condition (a
     * pair's history, one meeting, a person's or a partner's meetings), whose records are read in one statement
     * after the meetings' own; otherwise (every meeting) one statement per table, each read in its key's order.
     */
    static List<Meeting> load(Handle h, String where, Map<String, Object> args, boolean few) {
        var q = h.createQuery("SELECT m.id, m.date, m.province_id, m.province_as_written, m.venue, m.partner_id, m.title,"
                + " m.summary, m.outcome FROM meeting m " + where + " ORDER BY m.sort_key DESC, m.id");
        args.forEach(q::bind);
        List<Meeting> shells = q.map((rs, ctx) -> new Meeting(rs.getString(1), Db.date(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), null, null, null, null)).list();
        if (shells.isEmpty()) {
            return shells;
        }
        String ids = "SELECT m.id FROM meeting m " + where;
        if (few) {
            return withRecords(shells, Held.read(h, ids, args));
        }
        Map<String, List<String>> sources = GroupedRows.group(h, "SELECT meeting_id, source_id FROM meeting_source"
                + " WHERE meeting_id IN (" + ids + ") ORDER BY meeting_id, ordinal", args, (rs) -> rs.getString(2));
        Map<String, List<Participant>> participants = GroupedRows.group(h, "SELECT meeting_id, person_id, side, role,"
                + " title FROM participant WHERE meeting_id IN (" + ids + ") ORDER BY meeting_id, ordinal", args,
                rs -> new Participant(rs.getString(2), Db.parse(Side.class, rs.getString(3)),
                        Db.parse(ParticipantRole.class, rs.getString(4)), rs.getString(5)));
        Map<String, List<Gift>> gifts = GroupedRows.group(h, "SELECT meeting_id, id, item, direction, giver_person_id,"
                + " giver_text, receiver_person_id, receiver_text, source_id FROM gift WHERE meeting_id IN (" + ids
                + ") ORDER BY meeting_id, ordinal", args,
                rs -> new Gift(rs.getString(2), rs.getString(3), Db.parse(Direction.class, rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
        Map<String, List<Request>> requests = loadRequests(h, ids, args);
        return withRecords(shells, new Held(sources, participants, gifts, requests));
    }

    private static List<Meeting> withRecords(List<Meeting> shells, Held held) {
        List<Meeting> out = new ArrayList<>(shells.size());
        for (Meeting s : shells) {
            out.add(new Meeting(s.id(), s.date(), s.provinceId(), s.provinceAsWritten(), s.venue(), s.partnerId(),
                    s.title(), s.summary(), s.outcome(), held.sources().get(s.id()), held.participants().get(s.id()),
                    held.requests().get(s.id()), held.gifts().get(s.id())));
        }
        return out;
    }

    /** What some meetings hold, by meeting id (absent: none). */
    private record Held(Map<String, List<String>> sources, Map<String, List<Participant>> participants,
                        Map<String, List<Gift>> gifts, Map<String, List<Request>> requests) {
        /**
         * The sources, participants, gifts and requests (with their categories and follow-ups) of the meetings
         * {@code ids} selects, in one statement: the rows of the six tables under common text columns, each tagged
         * with its table, in key and ordinal order. Read as six statements, a history of seven meetings cost six
         * more statements prepared and, on an office store, six more round trips to the server.
         */
        static Held read(Handle h, String ids, Map<String, Object> args) {
            String reqIds = "SELECT id FROM request WHERE meeting_id IN (" + ids + ")";
            var q = h.createQuery(""
                    + "SELECT 0 AS t, request_id AS k, ordinal AS o, category_id AS a, NULL AS b, NULL AS c, NULL AS d,"
                    + " NULL AS e, NULL AS f, NULL AS g, NULL AS i FROM request_category_link WHERE request_id IN ("
                    + reqIds + ")"
                    + " UNION ALL SELECT 1, request_id, ordinal, date, status, note, source_id, NULL, NULL, NULL, NULL"
                    + " FROM request_followup WHERE request_id IN (" + reqIds + ")"
                    + " UNION ALL SELECT 2, meeting_id, ordinal, source_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
                    + " FROM meeting_source WHERE meeting_id IN (" + ids + ")"
                    + " UNION ALL SELECT 3, meeting_id, ordinal, person_id, side, role, title, NULL, NULL, NULL, NULL"
                    + " FROM participant WHERE meeting_id IN (" + ids + ")"
                    + " UNION ALL SELECT 4, meeting_id, ordinal, id, item, direction, giver_person_id, giver_text,"
                    + " receiver_person_id, receiver_text, source_id FROM gift WHERE meeting_id IN (" + ids + ")"
                    + " UNION ALL SELECT 5, meeting_id, ordinal, id, direction, text, status, thread_key, source_id,"
                    + " due_date, NULL FROM request WHERE meeting_id IN (" + ids + ")"
                    + " ORDER BY 1, 2, 3");
            args.forEach(q::bind);
            Map<String, List<String>> categories = new HashMap<>();
            Map<String, List<FollowUp>> followUps = new HashMap<>();
            Map<String, List<String>> sources = new HashMap<>();
            Map<String, List<Participant>> participants = new HashMap<>();
            Map<String, List<Gift>> gifts = new HashMap<>();
            Map<String, List<Request>> requests = new LinkedHashMap<>();
            // Categories and follow-ups come first (tags 0 and 1): each request is made whole when its row is read.
            q.map((rs, ctx) -> {
                String k = rs.getString(2);
                switch (rs.getInt(1)) {
                    case 0 -> add(categories, k, rs.getString(4));
                    case 1 -> add(followUps, k, new FollowUp(Db.date(rs.getString(4)),
                            Db.parse(RequestStatus.class, rs.getString(5)), rs.getString(6), rs.getString(7)));
                    case 2 -> add(sources, k, rs.getString(4));
                    case 3 -> add(participants, k, new Participant(rs.getString(4), Db.parse(Side.class, rs.getString(5)),
                            Db.parse(ParticipantRole.class, rs.getString(6)), rs.getString(7)));
                    case 4 -> add(gifts, k, new Gift(rs.getString(4), rs.getString(5),
                            Db.parse(Direction.class, rs.getString(6)), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                    default -> add(requests, k, new Request(rs.getString(4), Db.parse(Direction.class, rs.getString(5)),
                            categories.getOrDefault(rs.getString(4), List.of()), rs.getString(6),
                            Db.parse(RequestStatus.class, rs.getString(7)), rs.getString(8), rs.getString(9),
                            followUps.get(rs.getString(4)), Db.date(rs.getString(10))));
                }
                return true;
            }).list();
            return new Held(sources, participants, gifts, requests);
        }

        private static <T> void add(Map<String, List<T>> map, String key, T value) {
            map.computeIfAbsent(key, x -> new ArrayList<>()).add(value);
        }
    }

    private static Map<String, List<Request>> loadRequests(Handle h, String meetingIds, Map<String, Object> args) {
        String reqIds = "SELECT id FROM request WHERE meeting_id IN (" + meetingIds + ")";
        Map<String, List<String>> categories = GroupedRows.group(h, "SELECT request_id, category_id FROM"
                + " request_category_link WHERE request_id IN (" + reqIds + ") ORDER BY request_id, ordinal", args,
                rs -> rs.getString(2));
        Map<String, List<FollowUp>> followUps = GroupedRows.group(h, "SELECT request_id, date, status, note, source_id"
                + " FROM request_followup WHERE request_id IN (" + reqIds + ") ORDER BY request_id, ordinal", args,
                rs -> new FollowUp(Db.date(rs.getString(2)), Db.parse(RequestStatus.class, rs.getString(3)),
                        rs.getString(4), rs.getString(5)));
        Map<String, List<Request>> out = new LinkedHashMap<>();
        var q = h.createQuery("SELECT meeting_id, id, direction, text, status, thread_key, source_id, due_date"
                + " FROM request WHERE meeting_id IN (" + meetingIds + ") ORDER BY meeting_id, ordinal");
        args.forEach(q::bind);
        q.map((rs, ctx) -> Map.entry(rs.getString(1), new Request(rs.getString(2),
                        Db.parse(Direction.class, rs.getString(3)),
                        categories.getOrDefault(rs.getString(2), List.of()), rs.getString(4),
                        Db.parse(RequestStatus.class, rs.getString(5)), rs.getString(6), rs.getString(7),
                        followUps.get(rs.getString(2)), Db.date(rs.getString(8)))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }
}
