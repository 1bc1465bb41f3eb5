package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An office store on the embedded PostgreSQL server opens with the schema and the reference data, and without the demo
 * meetings a laptop's first store shows: sample meetings in an office's shared history would be taken for real ones.
 */
class PostgresStoreTest {
    private static final EmbeddedOffice OFFICE = EmbeddedOffice.server();

    @Test
    void opensAnEmptyDatabaseWithTheSchemaAndItsContent() {
        String url = OFFICE.emptyDatabase("PostgresStoreTest");
        try (Store store = Store.open(url)) {
            assertThat(store.onServer()).isTrue();
            assertThat(store.path()).isNull();
            assertThat(store.location()).isEqualTo(url);
            assertThat(count(store, "SELECT count(*) FROM province")).isEqualTo(34);
            assertThat(count(store, "SELECT count(*) FROM meeting")).isZero();
            assertThat(count(store, "SELECT count(*) FROM partner")).isGreaterThan(0);
        }
        // Opened again: nothing migrated or seeded twice.
        try (Store store = Store.open(url)) {
            assertThat(count(store, "SELECT max(CAST(version AS integer)) FROM flyway_schema_history"))
                    .isEqualTo(Schema.LATEST_VERSION);
        }
    }

    private static int count(Store store, String sql) {
        Integer n = store.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
        return n;
    }
}
