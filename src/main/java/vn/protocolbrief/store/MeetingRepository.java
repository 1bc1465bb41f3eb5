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
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.UserProblem;

/** The meeting aggregate: the meeting, its participants, requests (with categories and follow-ups), gifts, sources. */
public final class MeetingRepository {
    private final SearchIndex search = new SearchIndex();

    public void upsert(Handle h, Meeting m) {
        String sortKey = sortKey(h, m);
        h.createUpdate("""
                INSERT INTO meeting (id, date, date_precision, province_id, province_as_written, venue, partner_id,
                  title, summary, outcome, sort_key)
                VALUES (:id, :date, :prec, :province, :asWritten, :venue, :partner, :title, :summary, :outcome, :sort)
                ON CONFLICT (id) DO UPDATE SET date = excluded.date, date_precision = excluded.date_precision,
                  province_id = excluded.province_id, province_as_written = excluded.province_as_written,
                  venue = excluded.venue, partner_id = excluded.partner_id, title = excluded.title,
                  summary = excluded.summary, outcome = excluded.outcome, sort_key = excluded.sort_key""")
                .bind("id", m.id()).bind("date", Db.date(m.date())).bind("prec", Db.id(m.date().precision()))
                .bind("province", m.provinceId()).bind("asWritten", Db.text(m.provinceAsWritten()))
                .bind("venue", Db.text(m.venue())).bind("partner", m.partnerId()).bind("title", Db.text(m.title()))
                .bind("summary", Db.text(m.summary())).bind("outcome", Db.text(m.outcome())).bind("sort", sortKey)
                .execute();
        for (String table : List.of("meeting_source", "participant", "gift")) {
            h.execute("DELETE FROM " + table + " WHERE meeting_id = ?", m.id());
        }
        List<String> oldRequests = h.createQuery("SELECT id FROM request WHERE meeting_id = ?").bind(0, m.id())
                .mapTo(String.class).list();
        for (String id : oldRequests) {
            search.remove(h, SearchIndex.Kind.REQUEST, id);
        }
        h.execute("DELETE FROM request WHERE meeting_id = ?", m.id());
        int i = 0;
        for (String sourceId : m.sourceIds()) {
            h.execute("INSERT INTO meeting_source (meeting_id, source_id, ordinal) VALUES (?, ?, ?)", m.id(), sourceId, i++);
        }
        i = 0;
        for (Participant p : m.participants()) {
            h.execute("INSERT INTO participant (meeting_id, ordinal, person_id, side, role, title) VALUES (?, ?, ?, ?, ?, ?)",
                    m.id(), i++, p.personId(), Db.id(p.side()), Db.id(p.role()), Db.text(p.title()));
        }
        i = 0;
        for (Request r : m.requests()) {
            insertRequest(h, m, r, i++);
        }
        i = 0;
        for (Gift g : m.gifts()) {
            h.createUpdate("""
                    INSERT INTO gift (id, meeting_id, ordinal, item, direction, giver_person_id, giver_text,
                      receiver_person_id, receiver_text, source_id)
                    VALUES (:id, :meeting, :ord, :item, :dir, :giver, :giverText, :receiver, :receiverText, :source)""")
                    .bind("id", g.id()).bind("meeting", m.id()).bind("ord", i++).bind("item", Db.text(g.item()))
                    .bind("dir", Db.id(g.direction())).bind("giver", g.giverPersonId())
                    .bind("giverText", Db.text(g.giverText())).bind("receiver", g.receiverPersonId())
                    .bind("receiverText", Db.text(g.receiverText())).bind("source", g.sourceId())
                    .execute();
        }
        indexMeeting(h, m);
    }

    private void insertRequest(Handle h, Meeting m, Request r, int ordinal) {
        h.createUpdate("""
                INSERT INTO request (id, meeting_id, ordinal, direction, text, status, thread_key, source_id, due_date)
                VALUES (:id, :meeting, :ord, :dir, :text, :status, :thread, :source, :due)""")
                .bind("id", r.id()).bind("meeting", m.id()).bind("ord", ordinal).bind("dir", Db.id(r.direction()))
                .bind("text", Db.text(r.text())).bind("status", Db.id(r.status())).bind("thread", r.threadKey())
                .bind("source", r.sourceId()).bind("due", Db.date(r.due()))
                .execute();
        int c = 0;
        for (String category : r.categories()) {
            h.execute("INSERT INTO request_category_link (request_id, category_id, ordinal) VALUES (?, ?, ?)",
                    r.id(), category, c++);
        }
        int f = 0;
        for (FollowUp fu : r.followUps()) {
            h.execute("INSERT INTO request_followup (request_id, ordinal, date, status, note, source_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", r.id(), f++, Db.date(fu.date()), Db.id(fu.status()),
                    Db.text(fu.note()), fu.sourceId());
        }
        indexRequest(h, r);
    }

    private void indexRequest(Handle h, Request r) {
        search.index(h, SearchIndex.Kind.REQUEST, r.id(), requestTitle(r), requestBody(r));
    }

    private static String sortKey(Handle h, Meeting m) {
        if (m.date().known()) {
            return m.date().iso();
        }
        if (m.sourceIds().isEmpty()) {
            return "";
        }
        // An undated meeting sorts by its earliest source: it cannot have happened after it was reported.
        String min = null;
        for (String s : m.sourceIds()) {
            String d = h.createQuery("SELECT published_on FROM source WHERE id = ?").bind(0, s).mapTo(String.class)
                    .findOne().orElse(null);
            if (d != null && (min == null || d.compareTo(min) < 0)) {
                min = d;
            }
        }
        return min == null ? "" : min;
    }

    /** Indexes the meeting and its requests as stored (used when the index is rebuilt). */
    void index(Handle h, Meeting m) {
        indexMeeting(h, m);
        m.requests().forEach(r -> indexRequest(h, r));
    }

    private void indexMeeting(Handle h, Meeting m) {
        search.index(h, SearchIndex.Kind.MEETING, m.id(), indexTitle(m), indexBody(m, Names.queried(h)));
    }

    private static String indexTitle(Meeting m) {
        return m.title() != null ? m.title() : m.provinceAsWritten();
    }

    private static String indexBody(Meeting m, Names names) {
        StringBuilder body = new StringBuilder();
        names.partner(m.partnerId()).ifPresent(s -> body.append(s).append(" · "));
        names.province(m.provinceId()).ifPresent(s -> body.append(s).append(" · "));
        for (String s : new String[]{m.provinceAsWritten(), m.venue(), m.summary(), m.outcome()}) {
            if (s != null) {
                body.append(s).append(" · ");
            }
        }
        for (Participant p : m.participants()) {
            names.person(p.personId())
                    .ifPresent(s -> body.append(s).append(p.title() == null ? "" : ", " + p.title()).append(" · "));
        }
        m.gifts().forEach(g -> body.append(g.item()).append(" · "));
        return body.toString();
    }

    private static String requestTitle(Request r) {
        return r.text().length() > 90 ? r.text().substring(0, 90) + "…" : r.text();
    }

    private static String requestBody(Request r) {
        return r.text() + " · " + String.join(" ", r.categories());
    }

    /** The names a meeting's index entry carries: read one by one, or all at once for a bulk write. */
    interface Names {
        java.util.Optional<String> partner(String id);

        java.util.Optional<String> province(String id);

        java.util.Optional<String> person(String id);

        static Names queried(Handle h) {
            return new Names() {
                public java.util.Optional<String> partner(String id) {
                    return h.createQuery(PARTNER_NAMES + " WHERE id = ?").bind(0, id).map((rs, c) -> rs.getString(2))
                            .findOne();
                }

                public java.util.Optional<String> province(String id) {
                    return h.createQuery(PROVINCE_NAMES + " WHERE id = ?").bind(0, id).map((rs, c) -> rs.getString(2))
                            .findOne();
                }

                public java.util.Optional<String> person(String id) {
                    return h.createQuery(PERSON_NAMES + " WHERE id = ?").bind(0, id).map((rs, c) -> rs.getString(2))
                            .findOne();
                }
            };
        }

        static Names all(Handle h) {
            Map<String, String> partners = byId(h, PARTNER_NAMES);
            Map<String, String> provinces = byId(h, PROVINCE_NAMES);
            Map<String, String> persons = byId(h, PERSON_NAMES);
            return new Names() {
                public java.util.Optional<String> partner(String id) {
                    return java.util.Optional.ofNullable(partners.get(id));
                }

                public java.util.Optional<String> province(String id) {
                    return java.util.Optional.ofNullable(provinces.get(id));
                }

                public java.util.Optional<String> person(String id) {
                    return java.util.Optional.ofNullable(persons.get(id));
                }
            };
        }

        private static Map<String, String> byId(Handle h, String query) {
            Map<String, String> out = new HashMap<>();
            h.createQuery(query).map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }

    private static final String PARTNER_NAMES = "SELECT id, name_vi || ' · ' || coalesce(name_en, '') || ' · '"
            + " || coalesce(name_ja, '') FROM partner";
    private static final String PROVINCE_NAMES = "SELECT id, name_vi FROM province";
    private static final String PERSON_NAMES = "SELECT id, family_name || coalesce(' ' || given_name, '')"
            + " || coalesce(' ' || kanji, '') FROM person";

    /**
     * Writes meetings the store does not hold yet (a new travel copy, an import into an empty store) with one prepared
     * batch per table, their index rows into {@code index}: the rows {@link #upsert} would write, without its
     * statement per row.
     */
    void insertNew(Handle h, List<Meeting> meetings, SearchIndex.Batch index, java.util.function.IntConsumer written) {
        Names names = Names.all(h);
        var meeting = h.prepareBatch("INSERT INTO meeting (id, date, date_precision, province_id, province_as_written,"
                + " venue, partner_id, title, summary, outcome, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        var source = h.prepareBatch("INSERT INTO meeting_source (meeting_id, source_id, ordinal) VALUES (?, ?, ?)");
        var participant = h.prepareBatch("INSERT INTO participant (meeting_id, ordinal, person_id, side, role, title)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        var request = h.prepareBatch("INSERT INTO request (id, meeting_id, ordinal, direction, text, status, thread_key,"
                + " source_id, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        var category = h.prepareBatch("INSERT INTO request_category_link (request_id, category_id, ordinal)"
                + " VALUES (?, ?, ?)");
        var followUp = h.prepareBatch("INSERT INTO request_followup (request_id, ordinal, date, status, note, source_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        var gift = h.prepareBatch("INSERT INTO gift (id, meeting_id, ordinal, item, direction, giver_person_id,"
                + " giver_text, receiver_person_id, receiver_text, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        List<org.jdbi.v3.core.statement.PreparedBatch> parentsFirst = List.of(meeting, source, participant, request,
                category, followUp, gift);
        int n = 0;
        for (Meeting m : meetings) {
            meeting.add(m.id(), Db.date(m.date()), Db.id(m.date().precision()), m.provinceId(),
                    Db.text(m.provinceAsWritten()), Db.text(m.venue()), m.partnerId(), Db.text(m.title()),
                    Db.text(m.summary()), Db.text(m.outcome()), sortKey(h, m));
            int i = 0;
            for (String sourceId : m.sourceIds()) {
                source.add(m.id(), sourceId, i++);
            }
            i = 0;
            for (Participant p : m.participants()) {
                participant.add(m.id(), i++, p.personId(), Db.id(p.side()), Db.id(p.role()), Db.text(p.title()));
            }
            i = 0;
            for (Request r : m.requests()) {
                request.add(r.id(), m.id(), i++, Db.id(r.direction()), Db.text(r.text()), Db.id(r.status()),
                        r.threadKey(), r.sourceId(), Db.date(r.due()));
                int c = 0;
                for (String cat : r.categories()) {
                    category.add(r.id(), cat, c++);
                }
                int f = 0;
                for (FollowUp fu : r.followUps()) {
                    followUp.add(r.id(), f++, Db.date(fu.date()), Db.id(fu.status()), Db.text(fu.note()),
                            fu.sourceId());
                }
                index.add(SearchIndex.Kind.REQUEST, r.id(), requestTitle(r), requestBody(r));
            }
            i = 0;
            for (Gift g : m.gifts()) {
                gift.add(g.id(), m.id(), i++, Db.text(g.item()), Db.id(g.direction()), g.giverPersonId(),
                        Db.text(g.giverText()), g.receiverPersonId(), Db.text(g.receiverText()), g.sourceId());
            }
            index.add(SearchIndex.Kind.MEETING, m.id(), indexTitle(m), indexBody(m, names));
            if (++n % 500 == 0) {
                flush(parentsFirst);
                written.accept(n);
            }
        }
        flush(parentsFirst);
    }

    private static void flush(List<org.jdbi.v3.core.statement.PreparedBatch> batches) {
        for (var b : batches) {
            if (b.size() > 0) {
                b.execute();
            }
        }
    }

    public java.util.Optional<Meeting> byId(Handle h, String id) {
        return load(h, "WHERE m.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public List<Meeting> all(Handle h) {
        return load(h, "", Map.of(), false);
    }

    /** Every meeting of the province (its predecessors are inside it) with the partner, or with anyone: newest first. */
    public List<Meeting> history(Handle h, String provinceId, String partnerId) {
        Map<String, Object> args = new HashMap<>();
        args.put("province", provinceId);
        String where = "WHERE m.province_id = :province";
        if (partnerId != null) {
            where += " AND m.partner_id = :partner";
            args.put("partner", partnerId);
        }
        return load(h, where, args);
    }

    /** Meetings a person took part in, newest first (a leader's other recent visits). */
    public List<Meeting> withPerson(Handle h, String personId) {
        return load(h, "WHERE m.id IN (SELECT meeting_id FROM participant WHERE person_id = :person)",
                Map.of("person", personId));
    }

    public List<Meeting> withPartner(Handle h, String partnerId) {
        return load(h, "WHERE m.partner_id = :partner", Map.of("partner", partnerId));
    }

    private List<Meeting> load(Handle h, String where, Map<String, Object> args) {
        return load(h, where, args, true);
    }

    /**
     * The meetings the condition selects, newest first, with what they hold. {@code few}: a selective condition (a
     * pair's history, one meeting, a person's or a partner's meetings), whose records are read in one statement
     * after the meetings' own; otherwise (every meeting) one statement per table, each read in its key's order.
     */
    private List<Meeting> load(Handle h, String where, Map<String, Object> args, boolean few) {
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
        Map<String, List<String>> sources = group(h, "SELECT meeting_id, source_id FROM meeting_source WHERE meeting_id IN ("
                + ids + ") ORDER BY meeting_id, ordinal", args, (rs) -> rs.getString(2));
        Map<String, List<Participant>> participants = group(h, "SELECT meeting_id, person_id, side, role, title FROM"
                + " participant WHERE meeting_id IN (" + ids + ") ORDER BY meeting_id, ordinal", args,
                rs -> new Participant(rs.getString(2), Db.parse(Side.class, rs.getString(3)),
                        Db.parse(ParticipantRole.class, rs.getString(4)), rs.getString(5)));
        Map<String, List<Gift>> gifts = group(h, "SELECT meeting_id, id, item, direction, giver_person_id, giver_text,"
                + " receiver_person_id, receiver_text, source_id FROM gift WHERE meeting_id IN (" + ids
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

    private Map<String, List<Request>> loadRequests(Handle h, String meetingIds, Map<String, Object> args) {
        String reqIds = "SELECT id FROM request WHERE meeting_id IN (" + meetingIds + ")";
        Map<String, List<String>> categories = group(h, "SELECT request_id, category_id FROM request_category_link"
                + " WHERE request_id IN (" + reqIds + ") ORDER BY request_id, ordinal", args, rs -> rs.getString(2));
        Map<String, List<FollowUp>> followUps = group(h, "SELECT request_id, date, status, note, source_id FROM"
                + " request_followup WHERE request_id IN (" + reqIds + ") ORDER BY request_id, ordinal", args,
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

    @FunctionalInterface
    interface RowReader<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** Rows keyed by their first column, in query order. */
    static <T> Map<String, List<T>> group(Handle h, String sql, Map<String, Object> args, RowReader<T> reader) {
        Map<String, List<T>> out = new HashMap<>();
        var q = h.createQuery(sql);
        args.forEach(q::bind);
        q.map((rs, ctx) -> Map.entry(rs.getString(1), reader.read(rs)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Sets (or, with an unknown date, clears) the day a request is due to be answered by. */
    public void setDue(Handle h, String requestId, PartialDate due) {
        if (h.execute("UPDATE request SET due_date = ? WHERE id = ?", Db.date(due), requestId) == 0) {
            throw new StoreException(UserProblem.Code.NO_REQUEST, requestId);
        }
    }

    /** Sets a request's status and records the dated follow-up that explains it. */
    public void addFollowUp(Handle h, String requestId, FollowUp followUp) {
        int updated = h.execute("UPDATE request SET status = ? WHERE id = ?", Db.id(followUp.status()), requestId);
        if (updated == 0) {
            throw new StoreException(UserProblem.Code.NO_REQUEST, requestId);
        }
        int next = h.createQuery("SELECT coalesce(max(ordinal) + 1, 0) FROM request_followup WHERE request_id = ?")
                .bind(0, requestId).mapTo(Integer.class).one();
        h.execute("INSERT INTO request_followup (request_id, ordinal, date, status, note, source_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)", requestId, next, Db.date(followUp.date()), Db.id(followUp.status()),
                Text.clean(followUp.note()), followUp.sourceId());
    }

    /** Whether a meeting with this id is stored. */
    public boolean exists(Handle h, String id) {
        return h.createQuery("SELECT count(*) FROM meeting WHERE id = ?").bind(0, id).mapTo(Integer.class).one() > 0;
    }

    /** The meeting a request or a gift (its {@code table}) belongs to. */
    public java.util.Optional<String> meetingOf(Handle h, String table, String id) {
        if (!table.equals("request") && !table.equals("gift")) {
            throw new IllegalArgumentException("Only requests and gifts belong to a meeting: " + table);
        }
        return h.createQuery("SELECT meeting_id FROM " + table + " WHERE id = ?").bind(0, id).mapTo(String.class)
                .findOne();
    }

    /** The ids of meetings beginning with {@code base} (to find a free one). */
    public List<String> idsStartingWith(Handle h, String base) {
        return h.createQuery("SELECT id FROM meeting WHERE substr(id, 1, ?) = ?").bind(0, base.length()).bind(1, base)
                .mapTo(String.class).list();
    }

    /** The number of a request's newest follow-up note (they count from 0), if it has any. */
    public java.util.Optional<Integer> latestFollowUp(Handle h, String requestId) {
        return h.createQuery("SELECT max(ordinal) FROM request_followup WHERE request_id = ?").bind(0, requestId)
                .mapTo(Integer.class).findOne();
    }

    /** Deletes a meeting with its participants, requests and gifts (and their search entries). */
    public void delete(Handle h, Meeting m) {
        m.requests().forEach(r -> search.remove(h, SearchIndex.Kind.REQUEST, r.id()));
        search.remove(h, SearchIndex.Kind.MEETING, m.id());
        // English renderings name their record by id, with no foreign key to cascade: left behind, they kept a deleted
        // meeting "present" to a travel sync (and to the trash); the change log's snapshot holds them for a restore
        h.createUpdate("DELETE FROM english_rendering WHERE " + RecordRows.ENGLISH_OF_MEETING).bind("id", m.id()).execute();
        h.execute("DELETE FROM meeting WHERE id = ?", m.id());
    }
}
