package vn.protocolbrief.store;

import org.jdbi.v3.core.Handle;

/**
 * Tests that turn a new store back into an older version's shape (to check its migration) drop what later versions
 * added. Columns added to an older table by a later migration are listed here once, newest last, so that each such
 * test stays right when a migration adds one.
 */
final class OlderStores {
    private OlderStores() {
    }

    /**
     * Drops the tables that migrations after {@code version} (from 11 on) created and the columns (with their indexes)
     * they added to older tables.
     */
    static void dropColumnsAddedAfter(Handle h, int version) {
        if (version < 27) { // thanks came with V027
            h.execute("DROP TABLE IF EXISTS thanks");
        }
        if (version < 23) {
            h.execute("DROP TABLE IF EXISTS post_confirmation");
        } else if (version == 23) { // V024 gave it its person
            h.execute("DROP TABLE post_confirmation");
            h.execute("CREATE TABLE post_confirmation (position_id TEXT PRIMARY KEY, confirmed_by TEXT NOT NULL,"
                    + " confirmed_at TEXT NOT NULL)");
        }
        if (version < 22 && version >= 11) { // english_rendering came with V011
            h.execute("ALTER TABLE english_rendering DROP COLUMN rendered");
        }
        if (version < 19) {
            for (String table : java.util.List.of("person_sensitive", "partner_sensitive", "request_sensitive",
                    "visit_sensitive")) {
                h.execute("DROP TABLE IF EXISTS " + table);
            }
            if (version >= 10) { // change_log came with V010
                h.execute("ALTER TABLE change_log DROP COLUMN road_by");
                h.execute("ALTER TABLE change_log DROP COLUMN road_at");
            }
        }
        if (version < 17) {
            h.execute("DROP TABLE IF EXISTS meeting_sensitive");
        }
        if (version < 11) {
            h.execute("DROP TABLE IF EXISTS english_rendering");
        }
        if (version < 14) {
            for (String table : java.util.List.of("travel_conflict", "travel_sync", "travel_origin", "store_identity")) {
                h.execute("DROP TABLE IF EXISTS " + table);
            }
        }
        if (version < 13) {
            h.execute("DROP INDEX request_due");
            h.execute("ALTER TABLE request DROP COLUMN due_date");
        }
    }
}
