package vn.protocolbrief.store;

import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * SQLite's native library, copied once into the user's cache folder and loaded from there. The driver otherwise
 * copies it out of the jar into a new temporary file on every start (a tenth of a second of each short command).
 * Any failure leaves the driver to do as it always does.
 */
public final class NativeSqlite {
    private NativeSqlite() {
    }

    public static void useCachedCopy() {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // an installed application names its own copy
        }
        try {
            String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            if (name.endsWith(".jnilib")) {
                name = name.replace(".jnilib", ".dylib");
            }
            URL url = NativeSqlite.class.getResource("/org/sqlite/native/" + folder + "/" + name);
            if (url == null) {
                return;
            }
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            Path dir = StoreLocation.logFile().getParent().resolve("native")
                    .resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-" + folder.replace('/', '-'));
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, name, ".part");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                connection.getInputStream().close();
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (Exception | LinkageError e) {
            // the driver extracts its library as usual
        }
    }
}
