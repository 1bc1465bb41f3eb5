package vn.protocolbrief.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.UserProblem;

/**
 * An office store's logins and their rights, as PostgreSQL roles and grants the server enforces: three group roles
 * per database (admin, editor, reader; named after the database so two offices on one server do not clash) and one
 * login role per officer in one of them. A password reaches the server only as its SCRAM-SHA-256 hash, made here by
 * the driver, so that no statement text (which a server may log) holds it; the application never keeps it.
 */
public final class Office {
    /** What a login may do. */
    public enum Role {
        /** Reads, searches and records the packs it prints. */
        READER,
        /** Also adds, changes and deletes records. */
        EDITOR,
        /** Also adds logins. */
        ADMIN;

        @com.fasterxml.jackson.annotation.JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role of(String word) {
            for (Role r : values()) {
                if (r.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return r;
                }
            }
            throw new StoreException(UserProblem.Code.OFFICE_NOT_ROLE, word);
        }
    }

    /** A login of the office: its name, its role, and whether it may log in now. */
    public record Login(String login, Role role, boolean canLogIn) {
    }

    /** Tables whose rows only the database's triggers write (who did what): no login writes them itself. */
    static final List<String> AUDIT_TABLES = List.of("change_log", "change_row", "change_record", "record_stamp");
    /** What printing a pack writes: its record in the pack history. */
    static final List<String> READER_WRITES = List.of("brief_record");

    private final Store store;

    public Office(Store store) {
        this.store = store;
    }

    /** Whether the store is an office store (PostgreSQL); the commands here are for those only. */
    public static boolean isOffice(Store store) {
        return store.read(Office::isPostgres);
    }

    static boolean isPostgres(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot tell which database the store is: " + e.getMessage(), e);
        }
    }

    /** The three group roles of this database, e.g. pb_office_reader. */
    static String groupRole(Handle h, Role role) {
        String db = h.createQuery("SELECT current_database()").mapTo(String.class).one();
        String base = db.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (base.length() > 48) {
            base = base.substring(0, 48);
        }
        return "pb_" + base + "_" + role.word();
    }

    /**
     * Creates the three group roles (when absent) and grants them their rights on every table of the store, which
     * opening it has already created; repeating it renews the grants. Run by the database's owner (who also needs
     * CREATEROLE): the first admin made with psql.
     */
    public List<String> init() {
        return store.write(h -> {
            requireOffice(h);
            String reader = groupRole(h, Role.READER);
            String editor = groupRole(h, Role.EDITOR);
            String admin = groupRole(h, Role.ADMIN);
            for (String role : List.of(reader, editor, admin)) {
                if (!roleExists(h, role)) {
                    h.execute("CREATE ROLE " + quoted(h, role) + " NOLOGIN");
                }
            }
            h.execute("GRANT " + quoted(h, reader) + " TO " + quoted(h, editor));
            h.execute("GRANT " + quoted(h, editor) + " TO " + quoted(h, admin));
            String db = quoted(h, h.createQuery("SELECT current_database()").mapTo(String.class).one());
            String schema = quoted(h, h.createQuery("SELECT current_schema()").mapTo(String.class).one());
            // Only the office's logins connect to the office's database.
            h.execute("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
            h.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + db + " TO " + quoted(h, reader));
            h.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + quoted(h, reader));
            h.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + quoted(h, reader));
            h.execute("GRANT SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + quoted(h, reader));
            for (String table : READER_WRITES) {
                h.execute("GRANT INSERT ON " + table + " TO " + quoted(h, reader));
            }
            h.execute("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + quoted(h, editor));
            h.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + quoted(h, editor));
            // Who did what is written by the triggers only; an undo may mark the change it took back.
            for (String table : AUDIT_TABLES) {
                h.execute("REVOKE INSERT, UPDATE, DELETE ON " + table + " FROM " + quoted(h, editor));
            }
            h.execute("GRANT UPDATE (undone, undone_by) ON change_log TO " + quoted(h, editor));
            h.execute("REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM " + quoted(h, editor));
            return List.of(admin, editor, reader);
        });
    }

    /**
     * Adds a login in one of the roles; the password (may be empty for a login that uses the server's other ways,
     * e.g. peer or certificates) goes to the server only. An admin may add logins in turn.
     */
    public Login addUser(String login, Role role, char[] password) {
        if (login == null || !login.strip().matches("[\\p{L}0-9_.@-]{1,63}")) {
            throw new StoreException(UserProblem.Code.OFFICE_BAD_LOGIN, login);
        }
        String name = login.strip();
        return store.write(h -> {
            requireOffice(h);
            String group = groupRole(h, role);
            if (!roleExists(h, group)) {
                throw new StoreException(UserProblem.Code.OFFICE_NO_ROLES);
            }
            if (roleExists(h, name)) {
                // A login of the server already (an officer of two offices, or made with psql): it joins this
                // office's role; its password stays as it is.
                if (!h.createQuery("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?").bind(0, name)
                        .mapTo(Boolean.class).one()) {
                    throw new StoreException(UserProblem.Code.OFFICE_GROUP_ROLE, name);
                }
                if (password != null && password.length > 0) {
                    throw new StoreException(UserProblem.Code.OFFICE_LOGIN_EXISTS, name);
                }
                h.execute("GRANT " + quoted(h, group) + " TO " + quoted(h, name)
                        + (role == Role.ADMIN ? " WITH ADMIN OPTION" : ""));
                return new Login(name, role, true);
            }
            StringBuilder sql = new StringBuilder("CREATE ROLE " + quoted(h, name) + " LOGIN");
            if (role == Role.ADMIN) {
                sql.append(" CREATEROLE");
            }
            sql.append(" IN ROLE ").append(quoted(h, group));
            h.execute(sql.toString());
            if (password != null && password.length > 0) {
                // A role's password cannot be a bound parameter, and a server logging statements would log a literal:
                // the driver hashes it (SCRAM-SHA-256) and sends ALTER ROLE … PASSWORD with the hash only, in this
                // same transaction.
                try {
                    h.getConnection().unwrap(org.postgresql.PGConnection.class)
                            .alterUserPassword(name, password, "scram-sha-256");
                } catch (java.sql.SQLException e) {
                    throw new StoreException("Could not set the password of " + name + ": " + e.getMessage()
                            + ". Nothing was changed.", e);
                }
            }
            if (role == Role.ADMIN) {
                for (Role r : Role.values()) {
                    h.execute("GRANT " + quoted(h, groupRole(h, r)) + " TO " + quoted(h, name) + " WITH ADMIN OPTION");
                }
            }
            return new Login(name, role, true);
        });
    }

    /** The office's logins, by name. */
    public List<Login> users() {
        return store.read(h -> {
            requireOffice(h);
            List<Login> out = new java.util.ArrayList<>();
            for (Role role : Role.values()) {
                h.createQuery("SELECT r.rolname, r.rolcanlogin FROM pg_roles g JOIN pg_auth_members m ON m.roleid = g.oid"
                                + " JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = ? AND r.rolcanlogin")
                        .bind(0, groupRole(h, role))
                        .map((rs, ctx) -> new Login(rs.getString(1), role, rs.getBoolean(2))).forEach(out::add);
            }
            // A login in several groups is shown with its highest role.
            java.util.Map<String, Login> byName = new java.util.TreeMap<>();
            for (Login l : out) {
                byName.merge(l.login(), l, (a, b) -> a.role().compareTo(b.role()) >= 0 ? a : b);
            }
            return List.copyOf(byName.values());
        });
    }

    /** The role of the login this store is connected as (its highest), if it has one of the office's roles. */
    public Optional<Role> myRole() {
        return store.read(Office::roleOfSessionUser);
    }

    static Optional<Role> roleOfSessionUser(Handle h) {
        Role found = null;
        for (Role role : Role.values()) {
            String group = groupRole(h, role);
            boolean member = roleExists(h, group) && h.createQuery("SELECT pg_has_role(session_user, ?, 'MEMBER')")
                    .bind(0, group).mapTo(Boolean.class).one();
            if (member) {
                found = role;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The refusal to say when the server refused a write for lack of rights (SQLSTATE 42501), naming the login's
     * role; null for any other failure.
     */
    static RightsRefusedException refusal(Store store, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException s && "42501".equals(s.getSQLState())) {
                String role;
                try {
                    // the failed transaction is over: a new read asks the server who we are
                    role = store.read(Office::roleOfSessionUser).map(Role::word).orElse("");
                } catch (RuntimeException unknown) {
                    role = "";
                }
                return new RightsRefusedException(role, e);
            }
        }
        return null;
    }

    private static boolean roleExists(Handle h, String role) {
        return h.createQuery("SELECT count(*) FROM pg_roles WHERE rolname = ?").bind(0, role).mapTo(Integer.class).one() > 0;
    }

    private static String quoted(Handle h, String identifier) {
        return h.createQuery("SELECT quote_ident(?)").bind(0, identifier).mapTo(String.class).one();
    }

    private static void requireOffice(Handle h) {
        if (!isPostgres(h)) {
            throw new StoreException(UserProblem.Code.NOT_AN_OFFICE);
        }
    }

}
