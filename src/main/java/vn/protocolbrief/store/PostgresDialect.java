package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The office's store on a PostgreSQL server: the same tables (db/postgresql twins of db/migration), the catalog read
 * from information_schema, search ranked as FTS5 ranks (ADR 0012).
 */
final class PostgresDialect implements Dialect {
    /** Tables of the PostgreSQL twin that SQLite keeps elsewhere (its PRAGMA user_version) or not at all. */
    static final List<String> OWN_TABLES = List.of("store_content");
    /** Columns standing for SQLite's implicit rowid, and the search index's own. */
    static final List<String> OWN_COLUMNS = List.of("rowid", "terms", "ntokens");

    private final SearchIndex.Engine search = new PostgresSearch();

    @Override
    public String migrations() {
        return "classpath:db/postgresql";
    }

    @Override
    public int contentVersion(Handle h) {
        return h.createQuery("SELECT coalesce(max(version), 0) FROM store_content").mapTo(Integer.class).one();
    }

    @Override
    public void markContent(Handle h, int version) {
        h.execute("DELETE FROM store_content");
        h.execute("INSERT INTO store_content (version) VALUES (?)", version);
    }

    @Override
    public void deferForeignKeys(Handle h) {
        h.execute("SET CONSTRAINTS ALL DEFERRED");
    }

    @Override
    public List<String> tables(Handle h) {
        return h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'"
                        + " AND table_name NOT LIKE 'search_index%' AND table_name <> ALL (:own) ORDER BY table_name")
                .bindArray("own", String.class, OWN_TABLES).mapTo(String.class).list();
    }

    @Override
    public List<String> primaryKey(Handle h, String table) {
        return h.createQuery("SELECT k.column_name FROM information_schema.table_constraints c"
                        + " JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name"
                        + " AND k.table_schema = c.table_schema AND k.table_name = c.table_name"
                        + " WHERE c.table_schema = current_schema() AND c.table_name = ? AND c.constraint_type = 'PRIMARY KEY'"
                        + " ORDER BY k.ordinal_position").bind(0, table).mapTo(String.class)
                .filter(c -> !OWN_COLUMNS.contains(c)).list();
    }

    @Override
    public List<String> columns(Handle h, String table) {
        return h.createQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = :table AND column_name <> ALL (:own) ORDER BY ordinal_position")
                .bind("table", table).bindArray("own", String.class, OWN_COLUMNS).mapTo(String.class).list();
    }

    @Override
    public List<Reference> references(Handle h, String child) {
        // pg_constraint keeps a foreign key's columns in order (conkey/confkey), which information_schema loses.
        Map<String, Reference> out = new LinkedHashMap<>();
        h.createQuery("""
                SELECT c.conname, p.relname AS parent, k.n,
                       (SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = c.conkey[k.n]) AS fcol,
                       (SELECT attname FROM pg_attribute WHERE attrelid = c.confrelid AND attnum = c.confkey[k.n]) AS tcol
                  FROM pg_constraint c
                  JOIN pg_class t ON t.oid = c.conrelid
                  JOIN pg_class p ON p.oid = c.confrelid
                  CROSS JOIN LATERAL generate_subscripts(c.conkey, 1) AS k(n)
                 WHERE c.contype = 'f' AND t.relname = ? AND t.relnamespace = current_schema()::regnamespace
                 ORDER BY c.conname, k.n""").bind(0, child).mapToMap().forEach(r -> {
            Reference ref = out.computeIfAbsent((String) r.get("conname"),
                    n -> new Reference((String) r.get("parent"), new ArrayList<>(), new ArrayList<>()));
            ref.from().add((String) r.get("fcol"));
            ref.to().add((String) r.get("tcol"));
        });
        return new ArrayList<>(out.values());
    }

    @Override
    public SearchIndex.Engine search() {
        return search;
    }
}
