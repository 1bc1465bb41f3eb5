package vn.protocolbrief.store;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import vn.protocolbrief.domain.UserProblem;

/**
 * A store problem with a one-line message a person can act on. The problems a window meets opening, reaching or
 * writing a store carry a {@link Problem} and its details, so that the window says them in its own language;
 * {@link #getMessage()} stays the command line's English.
 */
public class StoreException extends RuntimeException {
    /**
     * What went wrong opening, reaching or writing a store, with the English the command line prints; the window's
     * bundles hold the same line in both languages under "storeProblem." and the lower-case name.
     */
    public enum Problem {
        OFFICE_UNREACHABLE("Cannot reach the office store {0} ({1}). Nothing was changed."),
        OFFICE_LOGIN_REFUSED("The office store {0} refused the login ({1}). Nothing was changed."),
        OFFICE_NO_DATABASE("The office store {0} does not exist on that server ({1})."),
        OFFICE_BUSY("The store is busy (another officer is writing to it); try again in a moment. Nothing was changed."),
        OFFICE_READ_ONLY_LOGIN("The office store refused this change ({0}): your login may only read. Nothing was"
                + " changed."),
        OFFICE_DISK_FULL("The office store''s server is out of disk space; nothing was changed. Tell whoever runs the"
                + " server."),
        OFFICE_SCHEMA_GAP("The office store lacks a table or column this version needs ({0}); its admin can complete it"
                + " with `office init`. Nothing was changed."),
        OFFICE_CONFLICT("The office store refused this change: it conflicts with a record already there ({0}). Nothing"
                + " was changed."),
        OFFICE_STOPPED("The office store''s server stopped or cancelled this work ({0}); try again in a moment. Nothing"
                + " was changed."),
        OFFICE_OVERLOADED("The office store''s server has too many connections or too little memory ({0}); try again"
                + " later, or tell whoever runs it. Nothing was changed."),
        OFFICE_REFUSED("The office store''s server refused this ({0}). Nothing was changed; the details are in the"
                + " log."),
        OFFICE_NOT_A_STORE("The database {0} holds tables but is not a Protocol Brief store. It was not changed."),
        BUSY("The store is busy (another window or command is writing to it); try again in a moment. Nothing was"
                + " changed."),
        READ_ONLY("The store {0} cannot be written (read-only); nothing was changed."),
        OPEN_FOR_READING("The store {0} is open for reading only (it cannot be written); nothing was changed."),
        DAMAGED("The store {0} is damaged ({1}); restore it from a backup copy. Nothing was changed."),
        DISK_FULL("The disk holding the store {0} is full (or cannot be written); free some space and try again."
                + " Nothing was changed."),
        FILES_REPLACED("Another program replaced the store''s working files (-wal, -shm) while this change was saved:"
                + " it may be lost. Look at the record and save it again."),
        FOLDER("{0} is a folder, not a store file."),
        NO_FILE("{0} does not exist. Nothing was opened."),
        EMPTY_FILE("{0} is an empty file, not a Protocol Brief store. It was not changed."),
        NOT_A_STORE("{0} is not a Protocol Brief store. It was not changed."),
        UNREADABLE("{0} is not a readable Protocol Brief store ({1}). It was not changed."),
        UNKNOWN_VERSION("{0} records schema version ''{1}'', which no version of Protocol Brief writes. It was not"
                + " changed."),
        NEWER("The store {0} was written by a newer version of Protocol Brief (schema {1}; this version knows up to"
                + " {2}). It was not changed."),
        UPGRADE_READ_ONLY("The store {0} needs upgrading to this version, but it cannot be written ({1}). Copy it to a"
                + " folder you can write to and open it there."),
        NOT_PREPARED("Could not prepare the store {0}: {1}"),
        EXISTS("{0} already exists; open it with Open another store… or choose another name. Nothing was created."),
        NO_FOLDER("Cannot create the folder for the store {0} ({1}). Nothing was created."),
        BACKUP_FAILED("Could not write a backup of {0} before upgrading it ({1}). It was not changed."),
        TRAVEL_COPY_WRITE("Cannot write the travel copy {0} ({1}). The office store was not changed."),
        FILE_WRITE("Cannot write {0} ({1})."),
        FILE_READ("Cannot read {0} ({1}). Nothing was imported."),
        NOT_AN_EXPORT("{0} is not a valid Protocol Brief export at line {1}, column {2}: {3}. Nothing was imported."),
        NOT_AN_EXPORT_SOMEWHERE("{0} is not a valid Protocol Brief export: {1}. Nothing was imported."),
        APPLICATION_INCOMPLETE("This copy of Protocol Brief is incomplete ({0} cannot be read: {1}); install it"
                + " again."),
        APPLICATION_MISSING("This copy of Protocol Brief is incomplete ({0} is missing); install it again.");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        /** The bundles' key of this problem. */
        public String key() {
            return "storeProblem." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problem problem;
    private final List<Object> args;
    private final transient UserProblem said;

    public StoreException(String message) {
        this(message, (Throwable) null);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
        this.args = List.of();
        this.said = null;
    }

    /** A refusal of the services (a record not there, a rule not met), said in either language. */
    public StoreException(UserProblem said) {
        super(said.getMessage(), said.getCause());
        this.problem = null;
        this.args = List.of();
        this.said = said;
    }

    public StoreException(UserProblem.Code code, Object... args) {
        this(new UserProblem(code, args));
    }

    public StoreException(UserProblem.Code code, Throwable cause, Object... args) {
        this(new UserProblem(code, cause, args));
    }

    /** A problem the window says in its own language; {@code args} are the details its line names, the file first. */
    public StoreException(Problem problem, Throwable cause, Object... args) {
        super(new MessageFormat(problem.english, Locale.ENGLISH).format(args), cause);
        this.problem = problem;
        this.args = java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList();
        this.said = null;
    }

    /** The services' refusal this carries, or null. */
    public UserProblem said() {
        return said;
    }

    /** The problem, or null for a message the command line prints as it is. */
    public Problem storeProblem() {
        return problem;
    }

    /** The details the problem's line names. */
    public List<Object> args() {
        return args;
    }

    /** The first line of the innermost cause's message: what SQLite or the parser actually said. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
