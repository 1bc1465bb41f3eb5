package vn.protocolbrief.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.KeyFigure;

/** Key figures; a figure without a province is about Viet Nam–Japan as a whole. */
public final class KeyFigureRepository {
    private static final String COLUMNS = "id, province_id, partner_id, label, value, unit, as_of, source_id";

    public void upsert(Handle h, KeyFigure k) {
        h.createUpdate(UpsertSql.of("key_figure", COLUMNS,
                        ":id, :province, :partner, :label, :value, :unit, :asOf, :source"))
                .bind("id", k.id()).bind("province", k.provinceId()).bind("partner", k.partnerId())
                .bind("label", Db.text(k.label())).bind("value", Db.text(k.value())).bind("unit", Db.text(k.unit()))
                .bind("asOf", Db.date(k.asOf())).bind("source", k.sourceId())
                .execute();
    }

    public List<KeyFigure> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM key_figure ORDER BY id").map(KeyFigureRepository::map).list();
    }

    /** The province's own figures, newest first. */
    public List<KeyFigure> forProvince(Handle h, String provinceId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM key_figure WHERE province_id = ?"
                + " ORDER BY coalesce(as_of, '') DESC, id").bind(0, provinceId).map(KeyFigureRepository::map).list();
    }

    private static KeyFigure map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new KeyFigure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Db.date(rs.getString(7)), rs.getString(8));
    }

    /** Deletes the key figure; false when there is none. */
    public boolean delete(Handle h, String id) {
        return h.execute("DELETE FROM key_figure WHERE id = ?", id) > 0;
    }

    /** What the key figure is called in the trash. */
    public java.util.Optional<String> label(Handle h, String id) {
        return h.createQuery("SELECT label FROM key_figure WHERE id = ?").bind(0, id).mapTo(String.class).findOne();
    }
}
