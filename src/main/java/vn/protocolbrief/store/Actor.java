package vn.protocolbrief.store;

import java.util.UUID;
import vn.protocolbrief.domain.UserProblem;

/**
 * Who makes a change: the officer's name and the session (one window or one command) it is made in. The name comes
 * from {@code --as}, else the PROTOCOLBRIEF_USER environment variable, else the operating system's user name; a
 * session is new for every process. See docs/decisions/0011-undo-own-change.md.
 */
public record Actor(String name, String session) {
    public static final String ENVIRONMENT_VARIABLE = "PROTOCOLBRIEF_USER";

    public Actor {
        if (name == null || name.isBlank()) {
            throw new StoreException(UserProblem.Code.OFFICER_EMPTY);
        }
        name = name.strip();
        if (name.length() > 80) {
            throw new StoreException(UserProblem.Code.OFFICER_TOO_LONG);
        }
    }

    /** The officer named (or the environment's), in a new session. */
    public static Actor named(String name) {
        String who = name != null && !name.isBlank() ? name : System.getenv(ENVIRONMENT_VARIABLE);
        if (who == null || who.isBlank()) {
            who = System.getProperty("user.name", "unknown");
        }
        return new Actor(who, UUID.randomUUID().toString().substring(0, 13));
    }

    /** The officer the environment names, in a new session. */
    public static Actor fromEnvironment() {
        return named(null);
    }
}
