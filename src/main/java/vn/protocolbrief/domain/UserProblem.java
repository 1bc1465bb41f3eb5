package vn.protocolbrief.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something the officer asked for that the services refuse (a visit's host of another province, a request's status
 * change without a note, a travel copy that is not one…), said by a {@link Code} and the details it names. The texts
 * live in the bundles {@value #BUNDLE} (English, what the command line prints as its one line) and its Vietnamese
 * twin, so that the window says the same refusal in its own language; a test fails on a code without both texts.
 * Services throw it as it is, or carried by a StoreException where callers expect one.
 */
public class UserProblem extends IllegalArgumentException {
    public static final String BUNDLE = "vn.protocolbrief.domain.problems";

    /** The refusals, one a text; the bundles' key is the lower-case name. */
    public enum Code {
        VISIT_NO_ID, VISIT_NO_PROVINCE_OR_PARTNER, VISIT_BAD_TIME, ATTENDEE_NO_NAME, PROGRAMME_NO_TEXT,
        POINT_UNKNOWN_KIND, POINT_NO_WORDS, OUTCOME_DUE_NOT_A_DAY, OUTCOME_NO_SIDE, OUTCOME_NO_TEXT_AFTER_SIDE,
        OUTCOME_UNKNOWN_SIDE, OUTCOME_NEEDS_TEXT, NOT_A_DATE, NOT_A_DATE_FORM, YEAR_OUT_OF_RANGE, NO_SUCH_MONTH,
        COMMITMENT_NO_ID, COMMITMENT_NO_MEETING_OR_SIDE, COMMITMENT_NO_TEXT, THANKS_INCOMPLETE, RENDERING_UNKNOWN_KIND,
        RENDERING_NO_RECORD, RENDERING_ONLY_NOTE_NUMBERED, RENDERING_EMPTY, LEADER_VIETNAMESE_SIDE,
        LEADER_OTHER_PARTNER, HOST_OTHER_PROVINCE, HOST_CENTRAL_POST, HOST_LOCAL_POST, HOST_LOCAL_PARTICIPANT,
        WITHIN_DAYS, NO_RECORD_NOTHING_MARKED, RENDERING_NO_NOTE,
        RENDERING_NO_TEXT, RENDERING_NO_NOTES, SENSITIVE_KIND, NO_MEETING, SOURCE_NOTHING_TO_CHANGE, NO_SOURCE,
        SOURCE_NOT_AN_ADDRESS, VISIT_NO_HOST, NO_VISIT, UNKNOWN_PROVINCE, UNKNOWN_PARTNER, NO_PERSON,
        STATUS_NEEDS_NOTE, NO_REQUEST, DUE_IS_A_DAY, UNKNOWN_DELETABLE_KIND, NO_RECORD_OF_KIND, PERSON_IN_MEETINGS,
        PERSON_IN_VISITS, NO_RECORD, VISIT_ALREADY_RECORDED, VISIT_NO_DATE, NO_COMMITMENT, TRAVEL_OTHER_OFFICE,
        TRAVEL_NOT_A_COPY, TRAVEL_OVER_FOLDER, TRAVEL_OVER_READ_ONLY, TRAVEL_OVER_FILE, TRAVEL_CANNOT_WRITE,
        UNDO_NO_CHANGE, UNDO_ALREADY, UNDO_NOT_BY_HAND, UNDO_CANNOT, UNDO_BEFORE_FIELDS, UNDO_ID_TAKEN, OFFICER_EMPTY,
        OFFICER_TOO_LONG, SEARCH_TOO_MANY_WORDS, OFFICE_NOT_AN_ADDRESS, OFFICE_PASSWORD_IN_ADDRESS, OFFICE_BAD_PORT,
        OFFICE_PASSWORD_IN_OPTIONS, OFFICE_UNKNOWN_OPTION, OFFICE_BAD_SSLMODE, OFFICE_NEWER, OFFICE_ASKS_PASSWORD,
        OFFICE_UNKNOWN_VERSION, OFFICE_LACKS, OFFICE_NOT_ROLE, OFFICE_BAD_LOGIN, OFFICE_NO_ROLES, OFFICE_GROUP_ROLE,
        OFFICE_LOGIN_EXISTS, NOT_AN_OFFICE, WRITE_FOLDER, WRITE_NOT_ORDINARY, WRITE_READ_ONLY, WRITE_NO_FOLDER,
        WRITE_IS_SQLITE, WRITE_IS_STORE, EXPORT_EMPTY, EXPORT_FORMAT, EXPORT_TOO_LARGE, EXPORT_NO_CATEGORY,
        EXPORT_NO_ID, EXPORT_TWICE, EXPORT_UNKNOWN_REF, EXPORT_NO_RENDERED_TEXT, EXPORT_UNKNOWN_POST,
        EXPORT_REMOVES_CHANGED_AGREEMENT, EXPORT_REMOVES_CHANGED_AID, EXPORT_REMOVES_CHANGED_AGREEMENT_BY,
        EXPORT_REMOVES_CHANGED_AID_BY,
        BRIEF_UNKNOWN_LANG, BRIEF_UNKNOWN_PART, BRIEF_PARTS, BRIEF_NAME_VISIT, BRIEF_VISIT_HOSTS, BRIEF_UNKNOWN_FORMAT,
        LETTER_NO_MEETING;

        /** The bundles' key. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Code code;
    private final List<String> args;

    public UserProblem(Code code, Object... args) {
        this(code, null, args);
    }

    public UserProblem(Code code, Throwable cause, Object... args) {
        super(english(code, args), cause);
        this.code = code;
        this.args = Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList();
    }

    public Code code() {
        return code;
    }

    /** The details the text names, as text (numbers as written, not "2.025"). */
    public List<String> args() {
        return args;
    }

    /** The refusal in {@code lang} ("vi" or "en"). */
    public String said(String lang) {
        return words(code, "vi".equals(lang) ? Locale.forLanguageTag("vi") : Locale.ROOT, args.toArray());
    }

    /** The command line's English line of a code. */
    public static String english(Code code, Object... args) {
        return words(code, Locale.ROOT, Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toArray());
    }

    private static String words(Code code, Locale locale, Object[] args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(code.key()), locale).format(args);
    }
}
