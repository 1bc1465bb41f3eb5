package vn.protocolbrief.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What differs between the laptop's SQLite file and the office's PostgreSQL server, side by side: where the
 * migrations are, the catalog queries, deferring foreign keys, the mark of a store's content and the full-text
 * search. Everything else in the store is the same SQL on both. The dialect is the connection's: code that holds a
 * {@link Handle} asks {@link #of(Handle)}.
 */
interface Dialect {
    Dialect SQLITE = new SqliteDialect();
    Dialect POSTGRES = new PostgresDialect();

    static Dialect of(Handle h) {
        return h.getConnection() instanceof org.postgresql.PGConnection ? POSTGRES : SQLITE;
    }

    /** Flyway's location for this dialect's migrations (the same versions on both). */
    String migrations();

    /** The reference-data version the store's content was completed at (0: never). */
    int contentVersion(Handle h);

    void markContent(Handle h, int version);

    /** Foreign keys checked at commit, not at each statement, for the rest of this transaction. */
    void deferForeignKeys(Handle h);

    /** The application's tables (not the dialect's own, nor the search index's). */
    List<String> tables(Handle h);

    /** A table's primary key columns in key order, lower case (empty when it has none). */
    List<String> primaryKey(Handle h, String table);

    /** A table's columns in their order, lower case (without a dialect's own columns such as PostgreSQL's rowid). */
    List<String> columns(Handle h, String table);

    /** The foreign keys declared on {@code child}. */
    List<Reference> references(Handle h, String child);

    /** The search index's way of finding and ranking. */
    SearchIndex.Engine search();

    /** One foreign key: child's columns {@code from} name parent's columns {@code to}. */
    record Reference(String parent, List<String> from, List<String> to) {
    }
}
