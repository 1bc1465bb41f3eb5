package vn.protocolbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, finding 5: files planted by someone else are not followed: the log at a link, SQLite's cached
 * library replaced by a file of the same size. Each runs the command line as a new process, as a user would.
 */
@EnabledOnOs(OS.LINUX)
class PlantedFilesTest {
    @TempDir
    Path dir;

    private CliRun launch(Map<String, String> env, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CliRun(p.waitFor(), out, err);
    }

    @Test
    void theLogIsNeverWrittenThroughALink() throws Exception {
        Path victim = dir.resolve("victim.txt");
        Path log = Files.createSymbolicLink(dir.resolve("protocol-brief.log"), victim);
        CliRun r = launch(Map.of(), "-Dprotocolbrief.log=" + log, "vn.protocolbrief.Launcher", "--db",
                dir.resolve("s.db").toString(), "provinces");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(victim).doesNotExist();
        assertThat(Files.isSymbolicLink(log)).isTrue();
    }

    @Test
    void aPlantedLibraryOfTheSameSizeIsReplacedBeforeLoadingAndNoPartialCopyStays() throws Exception {
        String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        byte[] real;
        try (InputStream in = getClass().getResourceAsStream("/org/sqlite/native/" + folder + "/" + name)) {
            real = in.readAllBytes();
        }
        Path cache = dir.resolve("cache");
        Path libDir = Files.createDirectories(cache.resolve("protocol-brief").resolve("native").resolve("sqlite-"
                + org.sqlite.SQLiteJDBCLoader.getVersion() + "-" + folder.replace('/', '-')));
        Path planted = Files.write(libDir.resolve(name), new byte[real.length]);
        Path stalePart = Files.write(libDir.resolve(name + "123456.part"), new byte[1000]);
        Files.setLastModifiedTime(stalePart, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        CliRun r = launch(Map.of("XDG_CACHE_HOME", cache.toString()), "vn.protocolbrief.Launcher", "--db",
                dir.resolve("s.db").toString(), "provinces");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(sha256(Files.readAllBytes(planted))).isEqualTo(sha256(real));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(libDir))).isEqualTo("rwx------");
        assertThat(stalePart).doesNotExist();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
