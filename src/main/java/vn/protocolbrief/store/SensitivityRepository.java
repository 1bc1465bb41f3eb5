package vn.protocolbrief.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Sensitivity;

/** Disasters, condolences owed and anniversaries a leader should know of. */
public final class SensitivityRepository {
    private static final String COLUMNS = "id, province_id, partner_id, kind, date, text, source_id";

    public void upsert(Handle h, Sensitivity s) {
        h.createUpdate(UpsertSql.of("sensitivity", COLUMNS, ":id, :province, :partner, :kind, :date, :text, :source"))
                .bind("id", s.id()).bind("province", s.provinceId()).bind("partner", s.partnerId())
                .bind("kind", Db.text(s.kind())).bind("date", Db.date(s.date())).bind("text", Db.text(s.text()))
                .bind("source", s.sourceId())
                .execute();
    }

    public List<Sensitivity> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM sensitivity ORDER BY id").map(SensitivityRepository::map).list();
    }

    public List<Sensitivity> forProvince(Handle h, String provinceId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM sensitivity WHERE province_id = ?"
                + " ORDER BY coalesce(date, '') DESC, id").bind(0, provinceId).map(SensitivityRepository::map).list();
    }

    private static Sensitivity map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Sensitivity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Db.date(rs.getString(5)), rs.getString(6), rs.getString(7));
    }

    /** Deletes the sensitivity; false when there is none. */
    public boolean delete(Handle h, String id) {
        return h.execute("DELETE FROM sensitivity WHERE id = ?", id) > 0;
    }

    /** What the sensitivity is called in the trash. */
    public java.util.Optional<String> label(Handle h, String id) {
        return h.createQuery("SELECT text FROM sensitivity WHERE id = ?").bind(0, id).mapTo(String.class).findOne();
    }
}
