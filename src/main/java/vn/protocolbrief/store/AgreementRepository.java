package vn.protocolbrief.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Agreement;

/** MOUs, cooperation agreements and friendship relationships. */
public final class AgreementRepository {
    private static final String COLUMNS = "id, meeting_id, province_id, province_as_written, partner_id, kind, title,"
            + " signed_on, parties, fields, status, source_id";

    public void upsert(Handle h, Agreement a) {
        h.createUpdate(UpsertSql.of("agreement", COLUMNS, ":id, :meeting, :province, :asWritten, :partner, :kind,"
                        + " :title, :signed, :parties, :fields, :status, :source"))
                .bind("id", a.id()).bind("meeting", a.meetingId()).bind("province", a.provinceId())
                .bind("asWritten", Db.text(a.provinceAsWritten())).bind("partner", a.partnerId())
                .bind("kind", Db.text(a.kind())).bind("title", Db.text(a.title())).bind("signed", Db.date(a.signedOn()))
                .bind("parties", Db.text(a.parties())).bind("fields", Db.text(a.fields()))
                .bind("status", Db.text(a.status())).bind("source", a.sourceId())
                .execute();
    }

    public List<Agreement> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM agreement ORDER BY id").map(AgreementRepository::map).list();
    }

    /** The province's agreements, with one partner or with all when {@code partnerId} is null; newest first. */
    public List<Agreement> forProvince(Handle h, String provinceId, String partnerId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM agreement WHERE province_id = :p"
                        + " AND (CAST(:partner AS text) IS NULL OR partner_id = :partner) ORDER BY coalesce(signed_on, '') DESC, id")
                .bind("p", provinceId).bind("partner", partnerId).map(AgreementRepository::map).list();
    }

    private static Agreement map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Agreement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Db.date(rs.getString(8)), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }

    /** Deletes the agreement; false when there is none. */
    public boolean delete(Handle h, String id) {
        return h.execute("DELETE FROM agreement WHERE id = ?", id) > 0;
    }

    /** What the agreement is called in the trash. */
    public java.util.Optional<String> label(Handle h, String id) {
        return h.createQuery("SELECT title FROM agreement WHERE id = ?").bind(0, id).mapTo(String.class).findOne();
    }
}
