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

    /** Drops the columns (and their indexes) that migrations after {@code version} added to older tables. */
    static void dropColumnsAddedAfter(Handle h, int version) {
        if (version < 13) {
            h.execute("DROP INDEX request_due");
            h.execute("ALTER TABLE request DROP COLUMN due_date");
        }
    }
}
