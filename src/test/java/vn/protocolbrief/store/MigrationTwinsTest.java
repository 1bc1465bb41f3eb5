package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every SQLite migration has a PostgreSQL twin of the same version, and both build one schema shape. */
class MigrationTwinsTest {
    @TempDir
    Path dir;

    @Test
    void everyMigrationHasATwinWithTheSameVersion() throws Exception {
        List<String> sqlite = versions("/db/migration");
        List<String> postgres = versions("/db/postgresql");
        assertThat(sqlite).isNotEmpty().contains(String.valueOf(Schema.LATEST_VERSION));
        assertThat(postgres).isEqualTo(sqlite);
    }

    /** A version number no migration has is listed as unused, or every office would be told it lacks it. */
    @Test
    void theUnusedVersionsAreExactlyTheNumbersNoMigrationHas() throws Exception {
        List<String> present = versions("/db/migration");
        java.util.Set<Integer> gaps = new java.util.TreeSet<>();
        for (int v = 1; v < Schema.LATEST_VERSION; v++) {
            if (!present.contains(String.valueOf(v))) {
                gaps.add(v);
            }
        }
        assertThat(new java.util.TreeSet<>(Schema.UNUSED_VERSIONS)).isEqualTo(gaps);
    }

    @Test
    void bothStoresHaveTheSameTablesColumnsAndKeys() {
        Map<String, String> onSqlite;
        Map<String, String> onPostgres;
        try (Store s = Store.open(dir.resolve("shape.db"), false)) {
            onSqlite = s.read(MigrationTwinsTest::shape);
        }
        try (Store s = Store.open(EmbeddedOffice.server().freshDatabase("MigrationTwinsTest"), false)) {
            onPostgres = s.read(MigrationTwinsTest::shape);
        }
        assertThat(onSqlite).containsKeys("meeting", "change_log", "record_stamp", "search_index");
        assertThat(onPostgres).isEqualTo(onSqlite);
    }

    /** Each table's columns in order, its primary key and its foreign keys, as text. */
    private static Map<String, String> shape(Handle h) {
        Dialect d = Dialect.of(h);
        Map<String, String> out = new TreeMap<>();
        List<String> tables = new ArrayList<>(d.tables(h));
        tables.add("search_index");
        for (String t : tables) {
            List<String> fks = d.references(h, t).stream()
                    .map(r -> r.from() + "->" + r.parent() + r.to()).sorted().toList();
            out.put(t, "columns " + d.columns(h, t) + " key " + d.primaryKey(h, t) + " references " + fks);
        }
        return out;
    }

    private static List<String> versions(String folder) throws URISyntaxException, java.io.IOException {
        Path path = Path.of(MigrationTwinsTest.class.getResource(folder).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> String.valueOf(Integer.parseInt(n.substring(1, n.indexOf("__"))))).sorted().toList();
        }
    }
}
