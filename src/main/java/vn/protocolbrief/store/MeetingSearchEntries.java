package vn.protocolbrief.store;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.Request;

/**
 * What a meeting's and a request's search entries say: their titles, their bodies (the partner's, province's and
 * people's names with the meeting's own words), the same whether written one by one or in a bulk write.
 */
final class MeetingSearchEntries {
    private MeetingSearchEntries() {
    }

    static String meetingTitle(Meeting m) {
        return m.title() != null ? m.title() : m.provinceAsWritten();
    }

    static String meetingBody(Meeting m, Names names) {
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

    static String requestTitle(Request r) {
        return r.text().length() > 90 ? r.text().substring(0, 90) + "…" : r.text();
    }

    static String requestBody(Request r) {
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
}
