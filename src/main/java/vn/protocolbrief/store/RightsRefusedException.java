package vn.protocolbrief.store;

/**
 * The database server refused a write because the login's role does not allow it (an office store's reader
 * changing a record); nothing was changed. The window says it in the officer's language from {@link #role()}.
 */
public final class RightsRefusedException extends StoreException {
    private final String role;

    RightsRefusedException(String role, Throwable cause) {
        super(message(role, cause), cause);
        this.role = role;
    }

    /** The login's role in the office (reader, editor, admin), or "" when it has none of them. */
    public String role() {
        return role;
    }

    /** Whether it is a reader's write refused (the case the window words for the officer). */
    public boolean readerWrite() {
        return role.equals(Office.Role.READER.word());
    }

    private static String message(String role, Throwable cause) {
        if (role.equals(Office.Role.READER.word())) {
            return "Your login (reader) may read and print but not change records. Nothing was changed.";
        }
        return "Your login" + (role.isEmpty() ? " (no role in this office)" : " (" + role + ")")
                + " may not do that: the server said \u201c" + rootMessage(cause) + "\u201d. Nothing was changed.";
    }
}
