package vn.protocolbrief.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opening a SQLite store file: refusing a store written by a newer version, writing a backup copy before migrating
 * an older one, migrating, and opening a file that cannot be written for reading only.
 */
final class StoreFileOpening {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private StoreFileOpening() {
    }

    /**
     * @param withDemoData whether a new store also gets the five founding meetings (benchmarks and some
     *                     tests start from reference data only)
     */
    static Store open(Path path, boolean withDemoData) {
        Path file = path.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Problem.FOLDER, null, file);
        }
        boolean existed = Files.exists(file) && sizeOf(file) > 0;
        FileAccess access = existed ? FileAccess.of(file) : FileAccess.WRITABLE;
        Path backup = null;
        int version = Schema.LATEST_VERSION;
        if (existed) {
            version = StoreFileProbe.schemaVersion(file);
            if (version > Schema.LATEST_VERSION) {
                throw new StoreException(StoreException.Problem.NEWER, null, file, String.valueOf(version),
                        String.valueOf(Schema.LATEST_VERSION));
            }
            if (version < Schema.LATEST_VERSION && access != FileAccess.WRITABLE) {
                throw new StoreException(StoreException.Problem.UPGRADE_READ_ONLY, null, file, access.reason);
            }
            if (version < Schema.LATEST_VERSION && StoreFileProbe.hasRecords(file)) {
                backup = backup(file, version);
            }
        } else {
            createParent(file);
        }
        if (access != FileAccess.WRITABLE) {
            LOG.info("Opening {} for reading only: {}", file, access.reason);
            return Store.onFile(file, SqliteSources.dataSource(file, access), SqliteSources.dataSource(file, access), null, true);
        }
        SQLiteDataSource ds = SqliteSources.dataSource(file, FileAccess.WRITABLE);
        // An existing store at this version (checked above) skips Flyway: its start-up would cost more than
        // the rest of a command.
        if (version < Schema.LATEST_VERSION || !existed) {
            try {
                Flyway.configure()
                        .dataSource(ds)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
            } catch (RuntimeException e) {
                if (SqliteErrors.sqliteCode(e) != null && SqliteErrors.diskProblem(SqliteErrors.sqliteCode(e))) {
                    throw SqliteErrors.diskFull(file, e);
                }
                throw new StoreException(StoreException.Problem.NOT_PREPARED, e, file, StoreException.rootMessage(e));
            }
        }
        Store store = Store.onFile(file, ds, SqliteSources.writeSource(file), backup, false);
        if (backup != null) {
            // Records written under an older schema are indexed anew under this one.
            store.write(h -> {
                SearchIndex.rebuild(h, new Repositories());
                return null;
            });
        }
        store.prepareContent(withDemoData);
        return store;
    }

    /**
     * Opens a store file that must already be one (the window's "Open store…"): a missing file, an empty one, or a
     * database holding no Protocol Brief schema is refused and left as it was; a store opens as the command line
     * opens it.
     */
    static Store openExisting(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new StoreException(StoreException.Problem.NO_FILE, null, file);
        }
        if (!Files.isDirectory(file)) {
            if (sizeOf(file) == 0) {
                throw new StoreException(StoreException.Problem.EMPTY_FILE, null, file);
            }
            if (StoreFileProbe.schemaVersion(file) == 0) {
                throw new StoreException(StoreException.Problem.NOT_A_STORE, null, file);
            }
        }
        return open(file, true);
    }

    /** A new store with the reference data and no meetings (the window's "New empty store…"); never over a file. */
    static Store createEmpty(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (Files.exists(file) && (Files.isDirectory(file) || sizeOf(file) > 0)) {
            throw new StoreException(StoreException.Problem.EXISTS, null, file);
        }
        return open(file, false);
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * The folders made for a new store are the owner's only (0700), and the store file is created owner-only
     * (0600) before SQLite opens it: its -wal and -shm files take the same permissions.
     */
    static void createParent(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                if (TempFiles.posix()) {
                    Files.createDirectories(parent, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(parent);
                }
            }
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(file, TempFiles.ownerOnly());
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another process created it meanwhile: SQLite opens it as it is
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Problem.NO_FOLDER, e, file, TempFiles.reason(e));
        }
    }

    /**
     * A consistent copy (VACUUM INTO sees committed WAL content too) beside the store, before migrating. Its name
     * ends in random digits and the file is created first, exclusively and owner-only: a link planted under a
     * name someone could guess is never followed (creating refuses an existing name, a link included).
     */
    static Path backup(Path file, int version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = file.getFileName().toString();
        byte[] bits = new byte[6];
        new java.security.SecureRandom().nextBytes(bits);
        Path target = file.resolveSibling(name + StoreFiles.BACKUP_INFIX + "v" + version + "-" + stamp + "-"
                + java.util.HexFormat.of().formatHex(bits));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            Files.createFile(target, TempFiles.ownerOnly());
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Problem.BACKUP_FAILED, e, file, TempFiles.reason(e));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (java.io.IOException ignored) {
                // the message below is what matters
            }
            throw new StoreException(StoreException.Problem.BACKUP_FAILED, e, file, StoreException.rootMessage(e));
        }
        LOG.info("Backed up {} to {} before migrating from schema {}", file, target, version);
        return target;
    }
}
