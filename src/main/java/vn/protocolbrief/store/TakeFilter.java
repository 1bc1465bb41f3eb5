package vn.protocolbrief.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.sql.Statement;
import java.util.List;

/**
 * Leaves in a freshly filled travel copy only what a scoped take holds, as a few set-based statements on the copy: the
 * given provinces' meetings, visits, agreements, aid, figures, links and sensitivities with the partners, persons and
 * sources they name. Without sensitive records (when asked) the office was read without them ({@link SensitiveScope}):
 * the rules below that weigh the copy's meeting_sensitive then find none. The same rules, record by record, are
 * {@code travel.TakeScope} over an export; {@code TableTakeTest} checks the two give the same copy.
 */
final class TakeFilter {
    private final List<String> provinces;
    private final boolean withoutSensitive;

    TakeFilter(List<String> provinces, boolean withoutSensitive) {
        this.provinces = List.copyOf(provinces);
        this.withoutSensitive = withoutSensitive;
    }

    /** A condition on a search entry aliased {@code t}: its record is in the copy. */
    static String recordExists(String t) {
        return "CASE " + t + ".kind"
                + " WHEN 'meeting' THEN EXISTS (SELECT 1 FROM meeting WHERE id = " + t + ".ref_id)"
                + " WHEN 'request' THEN EXISTS (SELECT 1 FROM request WHERE id = " + t + ".ref_id)"
                + " WHEN 'person' THEN EXISTS (SELECT 1 FROM person WHERE id = " + t + ".ref_id)"
                + " WHEN 'partner' THEN EXISTS (SELECT 1 FROM partner WHERE id = " + t + ".ref_id)"
                + " WHEN 'source' THEN EXISTS (SELECT 1 FROM source WHERE id = " + t + ".ref_id)"
                + " ELSE 1 END";
    }

    /**
     * Before the office's rows replace the new store's: the partners every new store is given (reference data), which
     * a scoped copy keeps as the record-by-record take does, named by its records or not.
     */
    static void rememberGivenPartners(Statement s) throws SQLException {
        s.execute("CREATE TEMP TABLE take_given_partner AS SELECT id FROM partner");
    }

    /**
     * Removes what the scope leaves out; returns the partners kept only because every new store is given them (no
     * record of the copy names them): not part of what was taken.
     */
    Set<String> apply(Statement s) throws SQLException {
        boolean all = provinces.isEmpty();
        s.execute("CREATE TEMP TABLE take_province (id TEXT PRIMARY KEY)");
        for (String p : provinces) {
            s.execute("INSERT OR IGNORE INTO take_province VALUES ('" + p.replace("'", "''") + "')");
        }
        // What stays behind without sensitive records, decided on the whole office (as SensitiveRecords does).
        s.execute("CREATE TEMP TABLE take_left_meeting AS SELECT meeting_id AS id FROM meeting_sensitive"
                + (withoutSensitive ? "" : " WHERE 0"));
        s.execute("CREATE TEMP TABLE take_left_article AS " + except(articles(LEFT), articles(NOT_LEFT)));
        s.execute("CREATE TEMP TABLE take_left_person AS " + except(people(LEFT), people(NOT_LEFT)
                + " UNION SELECT person_id FROM visit_person WHERE person_id IS NOT NULL"));

        String out = all ? "0" : "(province_id IS NULL OR province_id NOT IN (SELECT id FROM take_province))";
        String leftArticle = "source_id IN (SELECT id FROM take_left_article)";
        String leftMeeting = "meeting_id IN (SELECT id FROM take_left_meeting)";
        s.execute("DELETE FROM meeting WHERE " + out + " OR id IN (SELECT id FROM take_left_meeting)");
        for (String t : List.of("meeting_source", "participant", "request", "gift", "commitment", "thanks",
                "meeting_review", "meeting_sensitive", "request_sensitive")) {
            s.execute("DELETE FROM " + t + " WHERE meeting_id NOT IN (SELECT id FROM meeting)");
        }
        s.execute("DELETE FROM request_category_link WHERE request_id NOT IN (SELECT id FROM request)");
        s.execute("DELETE FROM request_followup WHERE request_id NOT IN (SELECT id FROM request)");
        s.execute("DELETE FROM commitment_followup WHERE commitment_id NOT IN (SELECT id FROM commitment)");
        for (String t : List.of("agreement", "aid_project")) {
            s.execute("DELETE FROM " + t + " WHERE " + out + " OR " + leftMeeting + " OR " + leftArticle);
        }
        for (String t : List.of("key_figure", "locality_link")) {
            s.execute("DELETE FROM " + t + " WHERE " + out + " OR " + leftArticle);
        }
        s.execute("DELETE FROM sensitivity WHERE " + (withoutSensitive ? "1" : out));
        s.execute("DELETE FROM visit WHERE " + out);
        for (String t : List.of("visit_person", "visit_programme", "visit_point")) {
            s.execute("DELETE FROM " + t + " WHERE visit_id NOT IN (SELECT id FROM visit)");
        }
        s.execute("UPDATE visit SET meeting_id = NULL WHERE meeting_id NOT IN (SELECT id FROM meeting)");

        if (all) {
            s.execute("DELETE FROM person WHERE id IN (SELECT id FROM take_left_person)");
        } else {
            s.execute("DELETE FROM person WHERE id NOT IN (" + people(KEPT)
                    + " UNION SELECT person_id FROM visit_person WHERE person_id IS NOT NULL)");
        }
        s.execute("DELETE FROM position WHERE person_id NOT IN (SELECT id FROM person)");
        if (!all) {
            s.execute("DELETE FROM partner WHERE id NOT IN (" + named("partner_id") + ")"
                    + " AND id NOT IN (SELECT id FROM take_given_partner)");
            s.execute("DELETE FROM partner_alias WHERE partner_id NOT IN (SELECT id FROM partner)");
        }
        s.execute("DELETE FROM source WHERE id NOT IN (" + articles(KEPT) + " UNION " + named("source_id") + ")"
                + (all ? " AND id IN (SELECT id FROM take_left_article)" : ""));
        // The marks of records left behind go with them.
        s.execute("DELETE FROM person_sensitive WHERE person_id NOT IN (SELECT id FROM person)");
        s.execute("DELETE FROM post_confirmation WHERE person_id NOT IN (SELECT id FROM person)");
        s.execute("DELETE FROM partner_sensitive WHERE partner_id NOT IN (SELECT id FROM partner)");
        s.execute("DELETE FROM visit_sensitive WHERE visit_id NOT IN (SELECT id FROM visit)");
        Set<String> givenOnly = new HashSet<>();
        // Every partner is taken when every province is (the record-by-record take imports them all).
        try (ResultSet rs = s.executeQuery("SELECT id FROM take_given_partner WHERE " + (all ? "0" : "id NOT IN ("
                + named("partner_id") + ")"))) {
            while (rs.next()) {
                givenOnly.add(rs.getString(1));
            }
        }
        // The English renderings of the records taken travel with them; those of records left behind do not.
        s.execute("DELETE FROM english_rendering WHERE NOT ("
                + "(kind IN ('outcome', 'summary', 'title', 'venue') AND record_id IN (SELECT id FROM meeting))"
                + " OR (kind IN ('request', 'note') AND record_id IN (SELECT id FROM request))"
                + " OR (kind = 'commitment' AND record_id IN (SELECT id FROM commitment))"
                + " OR (kind IN ('agreement', 'parties', 'fields') AND record_id IN (SELECT id FROM agreement))"
                + " OR (kind = 'gift' AND record_id IN (SELECT id FROM gift))"
                + " OR (kind IN ('figure', 'figure_value', 'figure_unit') AND record_id IN (SELECT id FROM key_figure))"
                + " OR (kind = 'link' AND record_id IN (SELECT id FROM locality_link)))");
        for (String t : List.of("take_province", "take_left_meeting", "take_left_article", "take_left_person",
                "take_given_partner")) {
            s.execute("DROP TABLE " + t);
        }
        return givenOnly;
    }

    /** Meetings whose id is among those a take without sensitive records leaves behind, or is not. */
    private static final String LEFT = "IN (SELECT id FROM take_left_meeting)";
    private static final String NOT_LEFT = "NOT IN (SELECT id FROM take_left_meeting)";
    /** The copy's meetings (after the deletions). */
    private static final String KEPT = "IN (SELECT id FROM meeting)";

    /** The ids {@code a} gives that {@code b} does not (compound operators in SQL bind left to right, unbracketed). */
    private static String except(String a, String b) {
        return "SELECT id FROM (" + a + ") EXCEPT SELECT id FROM (" + b + ")";
    }

    /** The articles the meetings whose id is {@code test} cite, with their requests, follow-ups, gifts, commitments. */
    static String articles(String test) {
        return "SELECT source_id AS id FROM meeting_source WHERE meeting_id " + test
                + " UNION SELECT source_id FROM request WHERE source_id IS NOT NULL AND meeting_id " + test
                + " UNION SELECT f.source_id FROM request_followup f JOIN request r ON r.id = f.request_id"
                + " WHERE f.source_id IS NOT NULL AND r.meeting_id " + test
                + " UNION SELECT source_id FROM gift WHERE source_id IS NOT NULL AND meeting_id " + test
                + " UNION SELECT source_id FROM commitment WHERE source_id IS NOT NULL AND meeting_id " + test
                + " UNION SELECT source_id FROM thanks WHERE source_id IS NOT NULL AND meeting_id " + test
                + " UNION SELECT f.source_id FROM commitment_followup f JOIN commitment c ON c.id = f.commitment_id"
                + " WHERE f.source_id IS NOT NULL AND c.meeting_id " + test;
    }

    /** The people the meetings whose id is {@code test} name (participants, givers, receivers). */
    private static String people(String test) {
        return "SELECT person_id AS id FROM participant WHERE meeting_id " + test
                + " UNION SELECT giver_person_id FROM gift WHERE giver_person_id IS NOT NULL AND meeting_id " + test
                + " UNION SELECT receiver_person_id FROM gift WHERE receiver_person_id IS NOT NULL AND meeting_id "
                + test;
    }

    /** The partners or sources ({@code column}) the copy's other records name. */
    private static String named(String column) {
        String partners = column.equals("partner_id") ? "SELECT partner_id FROM meeting WHERE partner_id IS NOT NULL"
                + " UNION SELECT partner_id FROM visit WHERE partner_id IS NOT NULL UNION " : "";
        StringBuilder sql = new StringBuilder(partners);
        List<String> tables = List.of("agreement", "aid_project", "key_figure", "locality_link", "sensitivity",
                "position");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ").append("SELECT ").append(column).append(" FROM ").append(tables.get(i))
                    .append(" WHERE ").append(column).append(" IS NOT NULL");
        }
        return sql.toString();
    }
}
