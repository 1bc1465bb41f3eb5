package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;

/** Persons with the posts they held. */
public final class PersonRepository {
    private final SearchIndex search = new SearchIndex();

    public void upsert(Handle h, Person p) {
        h.createUpdate("""
                INSERT INTO person (id, family_name, given_name, kanji, nationality, honorific, note)
                VALUES (:id, :family, :given, :kanji, :nat, :hon, :note)
                ON CONFLICT (id) DO UPDATE SET family_name = excluded.family_name, given_name = excluded.given_name,
                  kanji = excluded.kanji, nationality = excluded.nationality, honorific = excluded.honorific,
                  note = excluded.note""")
                .bind("id", p.id()).bind("family", Db.text(p.familyName())).bind("given", Db.text(p.givenName()))
                .bind("kanji", Db.text(p.kanji())).bind("nat", Db.id(p.nationality()))
                .bind("hon", Db.text(p.honorific())).bind("note", Db.text(p.note()))
                .execute();
        h.execute("DELETE FROM position WHERE person_id = ?", p.id());
        int i = 0;
        for (Position pos : p.positions()) {
            h.createUpdate("""
                    INSERT INTO position (id, person_id, ordinal, title, organisation, partner_id, province_id,
                      from_date, to_date, source_id)
                    VALUES (:id, :person, :ord, :title, :org, :partner, :province, :from, :to, :source)""")
                    .bind("id", pos.id() != null ? pos.id() : p.id() + "#" + i).bind("person", p.id()).bind("ord", i)
                    .bind("title", Db.text(pos.title())).bind("org", Db.text(pos.organisation()))
                    .bind("partner", pos.partnerId()).bind("province", pos.provinceId())
                    .bind("from", Db.date(pos.from())).bind("to", Db.date(pos.to())).bind("source", pos.sourceId())
                    .execute();
            i++;
        }
        // A confirmation that a post still holds goes with the post (V024: it is the person's, as the post is).
        h.execute("DELETE FROM post_confirmation WHERE person_id = ? AND position_id NOT IN"
                + " (SELECT id FROM position WHERE person_id = ?)", p.id(), p.id());
        index(h, p);
    }

    void index(Handle h, Person p) {
        StringBuilder body = new StringBuilder();
        if (p.kanji() != null) {
            body.append(p.kanji()).append(" · ");
        }
        p.positions().forEach(pos -> body.append(pos.title())
                .append(pos.organisation() == null ? "" : ", " + pos.organisation()).append(" · "));
        search.index(h, SearchIndex.Kind.PERSON, p.id(), p.protocolName(), body.toString());
    }

    /** The persons with these ids, with their posts. */
    public List<Person> byIds(Handle h, java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(h, "WHERE id IN (<ids>)", "WHERE person_id IN (<ids>)", List.copyOf(ids));
    }

    public List<Person> all(Handle h) {
        return load(h, "", "", null);
    }

    /**
     * The partner's people: whoever holds a post at it, and the Japanese side of its meetings. One query, however
     * large the store (the window suggests them for every pair it shows).
     */
    public List<Person> ofPartner(Handle h, String partnerId) {
        String ids = """
                SELECT person_id FROM position WHERE partner_id = :partner
                UNION
                SELECT pa.person_id FROM meeting m JOIN participant pa ON pa.meeting_id = m.id
                  JOIN person pe ON pe.id = pa.person_id
                 WHERE m.partner_id = :partner AND pe.nationality = 'jp'""";
        return load(h, "WHERE id IN (" + ids + ")", "WHERE person_id IN (" + ids + ")", null, partnerId);
    }

    private List<Person> load(Handle h, String where, String positionWhere, List<String> ids) {
        return load(h, where, positionWhere, ids, null);
    }

    private List<Person> load(Handle h, String where, String positionWhere, List<String> ids, String partner) {
        Map<String, List<Position>> positions = new LinkedHashMap<>();
        var positionQuery = h.createQuery("SELECT id, person_id, title, organisation, partner_id, province_id, from_date,"
                + " to_date, source_id FROM position " + positionWhere + " ORDER BY person_id, ordinal");
        if (ids != null) {
            positionQuery.bindList("ids", ids);
        }
        if (partner != null) {
            positionQuery.bind("partner", partner);
        }
        positionQuery.map((rs, ctx) -> Map.entry(rs.getString(2), new Position(rs.getString(1), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Db.date(rs.getString(7)),
                        Db.date(rs.getString(8)), rs.getString(9))))
                .forEach(e -> positions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        var personQuery = h.createQuery("SELECT id, family_name, given_name, kanji, nationality, honorific, note FROM person "
                + where + " ORDER BY id");
        if (ids != null) {
            personQuery.bindList("ids", ids);
        }
        if (partner != null) {
            personQuery.bind("partner", partner);
        }
        return personQuery.map((rs, ctx) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Db.parse(Nationality.class, rs.getString(5)), rs.getString(6), rs.getString(7),
                        positions.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    /** How many meetings a person takes part in. */
    public int meetingCount(Handle h, String personId) {
        return h.createQuery("SELECT count(DISTINCT meeting_id) FROM participant WHERE person_id = ?")
                .bind(0, personId).mapTo(Integer.class).one();
    }

    /** Deletes a person (and their search entry); the gifts they gave or received keep no name. */
    public void delete(Handle h, String id) {
        h.execute("UPDATE gift SET giver_person_id = NULL WHERE giver_person_id = ?", id);
        h.execute("UPDATE gift SET receiver_person_id = NULL WHERE receiver_person_id = ?", id);
        search.remove(h, SearchIndex.Kind.PERSON, id);
        h.execute("DELETE FROM person WHERE id = ?", id);
    }
}
