package vn.protocolbrief.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.LocalityLink;

/** A province's Japanese partner localities (friendship, cooperation, sister-city ties). */
public final class LocalityLinkRepository {
    private static final String COLUMNS = "id, province_id, province_as_written, partner_id, kind, since, note, source_id";

    public void upsert(Handle h, LocalityLink l) {
        h.createUpdate(UpsertSql.of("locality_link", COLUMNS,
                        ":id, :province, :asWritten, :partner, :kind, :since, :note, :source"))
                .bind("id", l.id()).bind("province", l.provinceId()).bind("asWritten", Db.text(l.provinceAsWritten()))
                .bind("partner", l.partnerId()).bind("kind", Db.text(l.kind())).bind("since", Db.date(l.since()))
                .bind("note", Db.text(l.note())).bind("source", l.sourceId())
                .execute();
    }

    public List<LocalityLink> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM locality_link ORDER BY id").map(LocalityLinkRepository::map).list();
    }

    public List<LocalityLink> forProvince(Handle h, String provinceId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM locality_link WHERE province_id = ?"
                + " ORDER BY coalesce(since, '') DESC, id").bind(0, provinceId).map(LocalityLinkRepository::map).list();
    }

    private static LocalityLink map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new LocalityLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Db.date(rs.getString(6)), rs.getString(7), rs.getString(8));
    }

    /** Deletes the locality link; false when there is none. */
    public boolean delete(Handle h, String id) {
        return h.execute("DELETE FROM locality_link WHERE id = ?", id) > 0;
    }

    /** What the locality link is called in the trash. */
    public java.util.Optional<String> label(Handle h, String id) {
        return h.createQuery("SELECT kind FROM locality_link WHERE id = ?").bind(0, id).mapTo(String.class).findOne();
    }
}
