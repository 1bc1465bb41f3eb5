package vn.protocolbrief.store;

import java.math.BigDecimal;
import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;

/** Grants, loans and relief projects. Amounts are kept as exact decimal text. */
public final class AidProjectRepository {
    private static final String COLUMNS = "id, meeting_id, province_id, partner_id, title, donor, channel, amount,"
            + " currency, amount_note, purpose, status, date, source_id";

    public void upsert(Handle h, AidProject a) {
        h.createUpdate(UpsertSql.of("aid_project", COLUMNS, ":id, :meeting, :province, :partner, :title, :donor,"
                        + " :channel, :amount, :currency, :note, :purpose, :status, :date, :source"))
                .bind("id", a.id()).bind("meeting", a.meetingId()).bind("province", a.provinceId())
                .bind("partner", a.partnerId()).bind("title", Db.text(a.title())).bind("donor", Db.text(a.donor()))
                .bind("channel", Db.text(a.channel()))
                .bind("amount", a.amount() == null ? null : a.amount().toPlainString())
                .bind("currency", Db.text(a.currency())).bind("note", Db.text(a.amountNote()))
                .bind("purpose", Db.text(a.purpose())).bind("status", Db.id(a.status()))
                .bind("date", Db.date(a.date())).bind("source", a.sourceId())
                .execute();
    }

    public List<AidProject> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM aid_project ORDER BY id").map(AidProjectRepository::map).list();
    }

    public List<AidProject> forProvince(Handle h, String provinceId, String partnerId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM aid_project WHERE province_id = :p"
                        + " AND (CAST(:partner AS text) IS NULL OR partner_id = :partner) ORDER BY coalesce(date, '') DESC, id")
                .bind("p", provinceId).bind("partner", partnerId).map(AidProjectRepository::map).list();
    }

    private static AidProject map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        String amount = rs.getString(8);
        return new AidProject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), amount == null ? null : new BigDecimal(amount), rs.getString(9),
                rs.getString(10), rs.getString(11), Db.parse(AidStatus.class, rs.getString(12)),
                Db.date(rs.getString(13)), rs.getString(14));
    }

    /** Deletes the aid project; false when there is none. */
    public boolean delete(Handle h, String id) {
        return h.execute("DELETE FROM aid_project WHERE id = ?", id) > 0;
    }

    /** What the aid project is called in the trash. */
    public java.util.Optional<String> label(Handle h, String id) {
        return h.createQuery("SELECT title FROM aid_project WHERE id = ?").bind(0, id).mapTo(String.class).findOne();
    }
}
