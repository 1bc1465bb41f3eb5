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
            throw new StoreException(file + " is a folder, not a store file.");
        }
        boolean existed = Files.exists(file) && sizeOf(file) > 0;
        FileAccess access = existed ? FileAccess.of(file) : FileAccess.WRITABLE;
        Path backup = null;
        int version = Schema.LATEST_VERSION;
        if (existed) {
            version = StoreFileProbe.schemaVersion(file);
            if (version > Schema.LATEST_VERSION) {
                throw new StoreException("The store " + file + " was written by a newer version of Protocol Brief"
                        + " (schema " + version + "; this version knows up to " + Schema.LATEST_VERSION
                        + "). It was not changed.");
            }
            if (version < Schema.LATEST_VERSION && access != FileAccess.WRITABLE) {
                throw new StoreException("The store " + file + " needs upgrading to this version, but it cannot be"
                        + " written (" + access.reason + "). Copy it to a folder you can write to and open it there.");
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
                    throw new StoreException(SqliteErrors.diskFull(file), e);
                }
                throw new StoreException("Could not prepare the store " + file + ": " + StoreException.rootMessage(e), e);
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
            throw new StoreException("Cannot create the folder for the store " + file + ": " + e.getMessage(), e);
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
            throw new StoreException("Could not write a backup of " + file + " before upgrading it ("
                    + TempFiles.reason(e) + "). It was not changed.", e);
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
            throw new StoreException("Could not write a backup of " + file + " before upgrading it (" + StoreException.rootMessage(e)
                    + "). It was not changed.", e);
        }
        LOG.info("Backed up {} to {} before migrating from schema {}", file, target, version);
        return target;
    }
}
