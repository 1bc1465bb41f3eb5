package vn.protocolbrief.ui.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Where an office store is: server, port, database, login and TLS mode, as the store menu asks and remembers them.
 * Never a password: that is asked each time, or taken from PGPASSWORD / ~/.pgpass as every PostgreSQL client does.
 */
public record OfficeAddress(String host, int port, String database, String user, String sslmode) {
    /** libpq's sslmode values, the safest last. */
    public static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    public static final int DEFAULT_PORT = 5432;
    private static final String PREF_PREFIX = "office.";

    public OfficeAddress {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        sslmode = sslmode == null || !SSL_MODES.contains(sslmode) ? "prefer" : sslmode;
        if (port <= 0 || port > 65535) {
            port = DEFAULT_PORT;
        }
    }

    /** Whether it names a server, a database and a login. */
    public boolean complete() {
        return !host.isEmpty() && !database.isEmpty() && !user.isEmpty();
    }

    /** The address as --db takes it: postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE. */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "postgresql://" + encode(user) + "@" + h + ":" + port + "/" + encode(database) + "?sslmode=" + sslmode;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Keeps the address (no password) in the window's preferences, to connect there next time. */
    public void remember(Preferences prefs) {
        prefs.put(PREF_PREFIX + "host", host);
        prefs.putInt(PREF_PREFIX + "port", port);
        prefs.put(PREF_PREFIX + "database", database);
        prefs.put(PREF_PREFIX + "user", user);
        prefs.put(PREF_PREFIX + "sslmode", sslmode);
    }

    /** Forgets the office: the window opens this computer's store next time. */
    public static void forget(Preferences prefs) {
        for (String k : List.of("host", "port", "database", "user", "sslmode")) {
            prefs.remove(PREF_PREFIX + k);
        }
    }

    /** The office the window was last connected to, if any. */
    public static Optional<OfficeAddress> remembered(Preferences prefs) {
        OfficeAddress a = new OfficeAddress(prefs.get(PREF_PREFIX + "host", ""), prefs.getInt(PREF_PREFIX + "port",
                DEFAULT_PORT), prefs.get(PREF_PREFIX + "database", ""), prefs.get(PREF_PREFIX + "user", ""),
                prefs.get(PREF_PREFIX + "sslmode", "prefer"));
        return a.complete() ? Optional.of(a) : Optional.empty();
    }

    /** What the dialog shows first: the remembered office, else localhost and the computer's user name. */
    public static OfficeAddress suggested(Preferences prefs) {
        return remembered(prefs).orElse(new OfficeAddress("localhost", DEFAULT_PORT, "",
                System.getProperty("user.name", ""), "prefer"));
    }
}
