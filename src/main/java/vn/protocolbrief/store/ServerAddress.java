package vn.protocolbrief.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.protocolbrief.domain.UserProblem;

/**
 * An office store on a PostgreSQL server, named as libpq names one: {@code postgresql://USER@HOST[:PORT]/DATABASE
 * [?sslmode=…]}. The password is never part of what we keep or show: it comes from PGPASSWORD, the user's .pgpass
 * (read by the driver) or a prompt.
 */
public record ServerAddress(String user, String host, int port, String database, Map<String, String> options) {
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    /** The libpq options passed on to the driver (the rest are refused rather than silently ignored). */
    private static final Set<String> OPTIONS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connect_timeout", "application_name");

    /** True when {@code location} names a server rather than a file. */
    public static boolean isServer(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://");
    }

    /** Parses libpq's URL form; a mistake is told in one line. */
    public static ServerAddress parse(String location) {
        if (!isServer(location)) {
            throw new StoreException(UserProblem.Code.OFFICE_NOT_AN_ADDRESS, location);
        }
        String rest = location.substring(location.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = decode(rest.substring(slash + 1));
            rest = rest.substring(0, slash);
        }
        String user = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            if (userInfo.contains(":")) {
                throw new StoreException(UserProblem.Code.OFFICE_PASSWORD_IN_ADDRESS,
                        redacted(location));
            }
            user = decode(userInfo);
            rest = rest.substring(at + 1);
        }
        String host = rest;
        int port = 5432;
        int colon = rest.startsWith("[") ? rest.indexOf(':', rest.indexOf(']')) : rest.lastIndexOf(':');
        if (colon >= 0) {
            host = rest.substring(0, colon);
            try {
                port = Integer.parseInt(rest.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new StoreException(UserProblem.Code.OFFICE_BAD_PORT, location);
            }
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        if (user == null || user.isEmpty()) {
            user = System.getProperty("user.name");
        }
        if (database == null || database.isEmpty()) {
            database = user;
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (key.equals("password")) {
                throw new StoreException(UserProblem.Code.OFFICE_PASSWORD_IN_OPTIONS);
            }
            if (!OPTIONS.contains(key)) {
                throw new StoreException(UserProblem.Code.OFFICE_UNKNOWN_OPTION, key, location,
                        String.join(", ", new java.util.TreeSet<>(OPTIONS)));
            }
            if (key.equals("sslmode") && !SSL_MODES.contains(value)) {
                throw new StoreException(UserProblem.Code.OFFICE_BAD_SSLMODE, value,
                        String.join(", ", new java.util.TreeSet<>(SSL_MODES)));
            }
            options.put(key, value);
        }
        return new ServerAddress(user, host, port, database, Map.copyOf(options));
    }

    /** The driver's URL (no user or password in it: those go as properties). */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host.contains(":") && !host.startsWith("[")
                ? "[" + host + "]" : host).append(':').append(port).append('/').append(encode(database));
        String sep = "?";
        for (var e : new java.util.TreeMap<>(options).entrySet()) {
            String key = e.getKey().equals("connect_timeout") ? "connectTimeout"
                    : e.getKey().equals("application_name") ? "ApplicationName" : e.getKey();
            url.append(sep).append(key).append('=').append(encode(e.getValue()));
            sep = "&";
        }
        return url.toString();
    }

    /** How the store is named to people: the address as typed, without a password. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("postgresql://").append(user).append('@').append(host).append(':')
                .append(port).append('/').append(database);
        String sep = "?";
        for (var e : new java.util.TreeMap<>(options).entrySet()) {
            s.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return s.toString();
    }

    private static String redacted(String location) {
        return location.replaceAll("(://[^:/@]*):[^@/]*@", "$1:…@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
