package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.cli.Cli;
import vn.protocolbrief.cli.Output;

/**
 * An office database an early build made can lack a migration below its highest (V017's table, added after the
 * database had been migrated past it): every command says so in one line and what to do, instead of an SQL error
 * later; `office init` adds what is missing.
 */
class OfficeSchemaGapTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new Output(out, err), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOfficeLackingAnEarlierMigrationIsToldInOneLineAndOfficeInitCompletesIt() throws Exception {
        EmbeddedOffice server = EmbeddedOffice.server();
        String url = server.freshDatabase("OfficeSchemaGapTest");
        String db = url.substring(url.lastIndexOf('/') + 1);
        // What an early build left: the table of V017 never made, and no V017 in the history.
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("DROP TABLE meeting_sensitive");
            st.execute("DELETE FROM flyway_schema_history WHERE version = '017'");
        }

        Path copy = dir.resolve("copy.db");
        Run refused = run("--db", url, "travel", "take", "--out", copy.toString());
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err().strip()).doesNotContain("\n").doesNotContain("Unexpected")
                .contains("lacks part of the schema", "V017", "office init");
        assertThat(Files.exists(copy)).isFalse();

        Run init = run("--db", url, "office", "init");
        assertThat(init.code()).as(init.err()).isZero();
        Run taken = run("--db", url, "travel", "take", "--out", copy.toString());
        assertThat(taken.code()).as(taken.err()).isZero();
        try (Connection c = server.connect(db); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT to_regclass('meeting_sensitive') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }

    /** A newer build's office is said to be newer, not to lack the versions between (which `office init` cannot add). */
    @Test
    void anOfficeOfANewerVersionIsToldSoNotThatItLacksMigrations() throws Exception {
        EmbeddedOffice server = EmbeddedOffice.server();
        String url = server.freshDatabase("OfficeSchemaGapTestNewer");
        String db = url.substring(url.lastIndexOf('/') + 1);
        int newer = Schema.LATEST_VERSION + 2;
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES ((SELECT max(installed_rank) + 1 FROM"
                    + " flyway_schema_history), '" + newer + "', 'newer', 'SQL', 'V" + newer + "__newer.sql', 0, 'x', 0,"
                    + " true)");
        }
        for (String[] command : List.of(new String[] {"provinces"}, new String[] {"office", "init"})) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = url;
            System.arraycopy(command, 0, args, 2, command.length);
            Run r = run(args);
            assertThat(r.code()).isNotZero();
            assertThat(r.err().strip()).doesNotContain("\n").contains("newer version").doesNotContain("lacks");
        }
    }
}
