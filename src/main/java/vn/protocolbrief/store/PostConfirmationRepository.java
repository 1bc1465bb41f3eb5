package vn.protocolbrief.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.PostConfirmation;

/**
 * Officers' confirmations that posts still hold (V023), each row part of its post's person record (V024): written by
 * the composer's confirmation, an import and a travel sync alike, read by the pack and an export.
 */
final class PostConfirmationRepository {
    /** The person whose post this is, if the post is stored. */
    Optional<String> personOf(Handle h, String positionId) {
        return h.createQuery("SELECT person_id FROM position WHERE id = ?").bind(0, positionId).mapTo(String.class)
                .findOne();
    }

    /** Confirms the post (of {@code personId}); a later confirmation replaces the earlier one. */
    void upsert(Handle h, String positionId, String personId, String by, LocalDate on) {
        h.createUpdate("INSERT INTO post_confirmation (position_id, confirmed_by, confirmed_at, person_id)"
                        + " VALUES (:id, :by, :at, :person) ON CONFLICT (position_id) DO UPDATE SET"
                        + " confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at,"
                        + " person_id = excluded.person_id")
                .bind("id", positionId).bind("by", by).bind("at", on.toString()).bind("person", personId).execute();
    }

    /** Every confirmation, by post (what an export carries). */
    List<PostConfirmation> all(Handle h) {
        return h.createQuery("SELECT position_id, confirmed_by, confirmed_at FROM post_confirmation"
                + " ORDER BY position_id").map((rs, ctx) -> row(rs)).list();
    }

    /** The confirmations of these posts (those confirmed). */
    List<PostConfirmation> of(Handle h, Collection<String> positionIds) {
        if (positionIds.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT position_id, confirmed_by, confirmed_at FROM post_confirmation"
                        + " WHERE position_id IN (<ids>)").bindList("ids", List.copyOf(positionIds))
                .map((rs, ctx) -> row(rs)).list();
    }

    private static PostConfirmation row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PostConfirmation(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)));
    }
}
