package vn.protocolbrief.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the user's own store lives when no --db is given: the platform's per-user data folder. */
public final class StoreLocation {
    public static final String FILE_NAME = "protocol-brief.db";

    private StoreLocation() {
    }

    public static Path defaultStore() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")))
                .resolve(FILE_NAME);
    }

    static Path dataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("ProtocolBrief");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Protocol Brief");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("protocol-brief");
    }

    /** Where the diagnostic log goes: the platform's per-user cache (or logs) folder, never a shared temp folder. */
    public static Path logFile() {
        return logFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")))
                .resolve("protocol-brief.log");
    }

    static Path logFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("ProtocolBrief")
                    .resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Protocol Brief");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("protocol-brief");
    }
}
