package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * What a travel copy taken without sensitive records leaves at the office (docs/decisions/0013-travel-copy.md): a
 * sensitive meeting with everything saved with it, and every meeting and visit of a sensitive partner, as such; a
 * sensitive person, partner or visit with its rows; a sensitive request with its categories, follow-ups and English;
 * and every row that names a sensitive person or partner (a participation, a gift given or received, a visit's
 * member, a post, an agreement, aid, a figure, a link), with the articles and people only left-out meetings name.
 * <p>
 * As SQL, the conditions {@link TableTake} reads the office's tables with, so that a sensitive record never leaves
 * the database server; as sets read once per sync, the rows a sync neither sends to such a copy nor removes at the
 * office ({@link #hidden}).
 */
final class SensitiveScope {
    static final String PARTNERS = "SELECT partner_id FROM partner_sensitive";
    static final String MEETINGS = "SELECT meeting_id FROM meeting_sensitive UNION SELECT id FROM meeting"
            + " WHERE partner_id IN (" + PARTNERS + ")";
    static final String REQUESTS = "SELECT request_id FROM request_sensitive UNION SELECT id FROM request"
            + " WHERE meeting_id IN (" + MEETINGS + ")";
    static final String VISITS = "SELECT visit_id FROM visit_sensitive UNION SELECT id FROM visit"
            + " WHERE partner_id IN (" + PARTNERS + ")";
    private static final String COMMITMENTS = "SELECT id FROM commitment WHERE meeting_id IN (" + MEETINGS + ")";
    /** Marked persons, and persons only left-out meetings name (not a visit's either). */
    static final String PERSONS = "SELECT person_id FROM person_sensitive UNION SELECT id FROM ("
            + "SELECT id FROM (" + people("IN (" + MEETINGS + ")") + ") AS l EXCEPT SELECT id FROM ("
            + people("NOT IN (" + MEETINGS + ")") + ") AS k EXCEPT SELECT person_id FROM visit_person"
            + " WHERE person_id IS NOT NULL) AS p";
    /** Articles only left-out meetings cite (with their requests, follow-ups, gifts, commitments). */
    static final String ARTICLES = "SELECT id FROM (" + TakeFilter.articles("IN (" + MEETINGS + ")") + ") AS l EXCEPT"
            + " SELECT id FROM (" + TakeFilter.articles("NOT IN (" + MEETINGS + ")") + ") AS k";

    /** Tables a copy without sensitive records holds none of. */
    private static final Set<String> NONE = Set.of("meeting_sensitive", "person_sensitive", "partner_sensitive",
            "request_sensitive", "visit_sensitive", "sensitivity");

    private SensitiveScope() {
    }

    /** The condition (empty: every row) a take without sensitive records reads the office's {@code table} with. */
    static List<String> readConditions(String table) {
        if (NONE.contains(table)) {
            return List.of("1 = 0");
        }
        List<String> c = new ArrayList<>();
        switch (table) {
            case "meeting" -> c.add(not("id", MEETINGS));
            case "meeting_source", "meeting_review", "commitment", "thanks" -> c.add(not("meeting_id", MEETINGS));
            case "participant" -> {
                c.add(not("meeting_id", MEETINGS));
                c.add(not("person_id", PERSONS));
            }
            case "request" -> c.add(not("id", REQUESTS));
            case "request_category_link", "request_followup" -> c.add(not("request_id", REQUESTS));
            case "gift" -> {
                c.add(not("meeting_id", MEETINGS));
                c.add(notNamed("giver_person_id", PERSONS));
                c.add(notNamed("receiver_person_id", PERSONS));
            }
            case "commitment_followup" -> c.add(not("commitment_id", COMMITMENTS));
            case "agreement", "aid_project" -> {
                c.add(notNamed("meeting_id", MEETINGS));
                c.add(notNamed("partner_id", PARTNERS));
                c.add(notNamed("source_id", ARTICLES));
            }
            case "key_figure", "locality_link" -> {
                c.add(notNamed("partner_id", PARTNERS));
                c.add(notNamed("source_id", ARTICLES));
            }
            case "person" -> c.add(not("id", PERSONS));
            case "position" -> {
                c.add(not("person_id", PERSONS));
                c.add(notNamed("partner_id", PARTNERS));
            }
            case "partner" -> c.add(not("id", PARTNERS));
            case "partner_alias" -> c.add(not("partner_id", PARTNERS));
            case "visit" -> c.add(not("id", VISITS));
            case "visit_programme", "visit_point" -> c.add(not("visit_id", VISITS));
            case "visit_person" -> {
                c.add(not("visit_id", VISITS));
                c.add(notNamed("person_id", PERSONS));
            }
            // an article a post still cites stays (as the record-by-record take keeps it)
            case "source" -> c.add("(" + not("id", ARTICLES) + " OR id IN (SELECT source_id FROM position"
                    + " WHERE source_id IS NOT NULL AND " + not("person_id", PERSONS) + "))");
            case "english_rendering" -> c.add("NOT ((kind IN ('outcome', 'summary', 'title', 'venue') AND record_id IN ("
                    + MEETINGS + ")) OR (kind IN ('request', 'note') AND record_id IN (" + REQUESTS + "))"
                    + " OR (kind = 'commitment' AND record_id IN (" + COMMITMENTS + ")))");
            case "search_index" -> c.add("NOT ((kind = 'meeting' AND ref_id IN (" + MEETINGS + "))"
                    + " OR (kind = 'request' AND ref_id IN (" + REQUESTS + "))"
                    + " OR (kind = 'person' AND ref_id IN (" + PERSONS + "))"
                    + " OR (kind = 'partner' AND ref_id IN (" + PARTNERS + ")))");
            default -> {
                // reference data and the rest: nothing sensitive in them
            }
        }
        return c;
    }

    private static String not(String column, String ids) {
        return column + " NOT IN (" + ids + ")";
    }

    private static String notNamed(String column, String ids) {
        return "(" + column + " IS NULL OR " + column + " NOT IN (" + ids + "))";
    }

    private static String people(String test) {
        return "SELECT person_id AS id FROM participant WHERE meeting_id " + test
                + " UNION SELECT giver_person_id FROM gift WHERE giver_person_id IS NOT NULL AND meeting_id " + test
                + " UNION SELECT receiver_person_id FROM gift WHERE receiver_person_id IS NOT NULL AND meeting_id "
                + test;
    }


    /** The office's sensitive records at one moment, as sets: which rows a sync keeps from a copy without them. */
    static final class Sets {
        private final Set<String> meetings;
        private final Set<String> persons;
        private final Set<String> partners;
        private final Set<String> requests;
        private final Set<String> visits;

        private Sets(Handle h) {
            meetings = ids(h, MEETINGS);
            persons = ids(h, "SELECT person_id FROM person_sensitive");
            partners = ids(h, PARTNERS);
            requests = ids(h, REQUESTS);
            visits = ids(h, VISITS);
        }

        static Sets read(Handle h) {
            return new Sets(h);
        }

        private static Set<String> ids(Handle h, String sql) {
            return new HashSet<>(h.createQuery(sql).mapTo(String.class).list());
        }

        /**
         * Whether the record as a whole stays at the office: it is marked (or a meeting or visit of a marked partner),
         * or its main row (as this store holds it) names a sensitive partner or a left-out meeting.
         */
        boolean hidden(RecordRows.Ref ref, Map<String, RecordRows.Row> rows) {
            boolean marked = switch (ref.kind()) {
                case "meeting" -> meetings.contains(ref.id());
                case "person" -> persons.contains(ref.id());
                case "partner" -> partners.contains(ref.id());
                case "visit" -> visits.contains(ref.id());
                case "sensitivity" -> true;
                default -> false;
            };
            if (marked) {
                return true;
            }
            String main = RecordRows.parts(ref.kind()).get(0).table();
            return rows.values().stream().anyMatch(r -> r.table().equals(main) && (hidden(r)
                    || (List.of("agreement", "aid_project").contains(main) && in(meetings, r.columns().get("meeting_id")))));
        }

        /** Whether a row of a record that is not hidden itself stays at the office. */
        boolean hidden(RecordRows.Row row) {
            if (NONE.contains(row.table())) {
                return true;
            }
            Map<String, Object> c = row.columns();
            return in(requests, row.table().equals("request") ? c.get("id") : c.get("request_id"))
                    || (row.table().equals("english_rendering") && List.of("request", "note").contains(
                            String.valueOf(c.get("kind"))) && in(requests, c.get("record_id")))
                    || in(persons, c.get("person_id")) || in(persons, c.get("giver_person_id"))
                    || in(persons, c.get("receiver_person_id")) || in(partners, c.get("partner_id"))
                    || in(visits, c.get("visit_id"));
        }

        private static boolean in(Set<String> ids, Object value) {
            return value != null && ids.contains(value.toString());
        }

        /** The record's rows a copy without sensitive records may hold. */
        Map<String, RecordRows.Row> shown(Map<String, RecordRows.Row> rows) {
            Map<String, RecordRows.Row> out = new LinkedHashMap<>();
            rows.forEach((id, r) -> {
                if (!hidden(r)) {
                    out.put(id, r);
                }
            });
            return out;
        }

        /**
         * The copy's rows with the links the copy could not hold put back: a visit whose meeting stayed at the office
         * travelled without its meeting, and its version from the road must not cut the office's link (or `visit done`
         * would record the meeting a second time).
         */
        Map<String, RecordRows.Row> withLinksKept(Map<String, RecordRows.Row> mine, Map<String, RecordRows.Row> current) {
            Map<String, RecordRows.Row> out = new LinkedHashMap<>(mine);
            mine.forEach((id, r) -> {
                RecordRows.Row office = current.get(id);
                if (r.table().equals("visit") && office != null && r.columns().get("meeting_id") == null
                        && in(meetings, office.columns().get("meeting_id"))) {
                    Map<String, Object> columns = new LinkedHashMap<>(r.columns());
                    columns.put("meeting_id", office.columns().get("meeting_id"));
                    out.put(id, new RecordRows.Row(r.table(), r.key(), columns));
                }
            });
            return out;
        }

        /** The record's rows the office keeps from such a copy (to be kept when the copy's version is put). */
        Map<String, RecordRows.Row> kept(Map<String, RecordRows.Row> rows) {
            Map<String, RecordRows.Row> out = new LinkedHashMap<>();
            rows.forEach((id, r) -> {
                if (hidden(r)) {
                    out.put(id, r);
                }
            });
            return out;
        }
    }
}
