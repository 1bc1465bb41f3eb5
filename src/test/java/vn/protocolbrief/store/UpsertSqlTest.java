package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The upsert a repository runs is the statement it wrote out by hand before: every column but the id updated. */
class UpsertSqlTest {

    @Test
    void everyColumnButTheIdIsReplacedOnConflict() {
        assertThat(UpsertSql.of("key_figure", "id, province_id, partner_id, label, value, unit, as_of, source_id",
                ":id, :province, :partner, :label, :value, :unit, :asOf, :source"))
                .isEqualTo("INSERT INTO key_figure (id, province_id, partner_id, label, value, unit, as_of, source_id)"
                        + " VALUES (:id, :province, :partner, :label, :value, :unit, :asOf, :source)"
                        + " ON CONFLICT (id) DO UPDATE SET province_id = excluded.province_id,"
                        + " partner_id = excluded.partner_id, label = excluded.label, value = excluded.value,"
                        + " unit = excluded.unit, as_of = excluded.as_of, source_id = excluded.source_id");
    }
}
