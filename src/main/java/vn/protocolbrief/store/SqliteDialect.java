package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** The laptop's store: one SQLite file (ADR 0001), search through FTS5 (ADR 0002). */
final class SqliteDialect implements Dialect {
    private final SearchIndex.Engine search = new Fts5Search();

    @Override
    public String migrations() {
        return "classpath:db/migration";
    }

    @Override
    public int contentVersion(Handle h) {
        return h.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
    }

    @Override
    public void markContent(Handle h, int version) {
        h.execute("PRAGMA user_version = " + version);
    }

    @Override
    public void deferForeignKeys(Handle h) {
        h.execute("PRAGMA defer_foreign_keys = ON");
    }

    @Override
    public List<String> tables(Handle h) {
        return h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " AND name <> 'flyway_schema_history' AND name NOT LIKE 'search_index%'"
                + " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").mapTo(String.class).list();
    }

    @Override
    public List<String> primaryKey(Handle h, String table) {
        return h.createQuery("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk").bind(0, table)
                .mapTo(String.class).map(n -> n.toLowerCase(Locale.ROOT)).list();
    }

    @Override
    public List<String> columns(Handle h, String table) {
        return h.createQuery("SELECT name FROM pragma_table_info(?) ORDER BY cid").bind(0, table)
                .mapTo(String.class).map(n -> n.toLowerCase(Locale.ROOT)).list();
    }

    @Override
    public List<Reference> references(Handle h, String child) {
        Map<Integer, String> parentOf = new TreeMap<>();
        Map<Integer, List<String>> from = new TreeMap<>();
        Map<Integer, List<String>> to = new TreeMap<>();
        h.createQuery("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq")
                .bind(0, child).mapToMap().forEach(fk -> {
                    int id = ((Number) fk.get("id")).intValue();
                    parentOf.put(id, (String) fk.get("table"));
                    from.computeIfAbsent(id, x -> new ArrayList<>()).add((String) fk.get("from"));
                    to.computeIfAbsent(id, x -> new ArrayList<>()).add((String) fk.get("to"));
                });
        List<Reference> out = new ArrayList<>();
        parentOf.forEach((id, parent) -> out.add(new Reference(parent, from.get(id), to.get(id))));
        return out;
    }

    @Override
    public SearchIndex.Engine search() {
        return search;
    }
}
