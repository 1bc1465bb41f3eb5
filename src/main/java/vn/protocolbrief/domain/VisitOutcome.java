package vn.protocolbrief.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What happened at a visit, as the officer records it the day after: what each side asked, what each side
 * promised (with a due date and who follows it up), what was signed, the gifts exchanged and a short outcome.
 * The visit itself gives the date, venue, delegations, hosts and programme.
 */
public record VisitOutcome(String visitId, List<Asked> requests, List<Promise> commitments, List<String> agreements,
                           List<Given> gifts, String outcome) {
    private static final Pattern TRAILING_DATE = Pattern.compile(":\\s*(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}"
            + "|\\d{4}-\\d{1,2}-\\d{1,2})\\s*$");

    public VisitOutcome {
        requests = Lists.copy(requests, "the requests");
        commitments = Lists.copy(commitments, "the commitments");
        agreements = Lists.copy(agreements, "the agreements").stream().map(Text::clean)
                .filter(java.util.Objects::nonNull).toList();
        gifts = Lists.copy(gifts, "the gifts");
        outcome = Text.clean(outcome);
    }

    /**
     * A request: {@code side} asked the other side; categories as the request part files it (none: "other");
     * {@code due} the day an answer was promised by, when one was.
     */
    public record Asked(Side side, String text, List<String> categories, PartialDate due) {
        public Asked {
            text = required(text, "a request");
            categories = Lists.copy(categories, "the categories of a request");
            due = due == null ? PartialDate.UNKNOWN : due;
        }

        public Asked(Side side, String text, List<String> categories) {
            this(side, text, categories, PartialDate.UNKNOWN);
        }

        /** The same request filed under these categories. */
        public Asked withCategories(List<String> newCategories) {
            return new Asked(side, text, newCategories, due);
        }

        public Direction direction() {
            return side == Side.VN ? Direction.VN_TO_JP : Direction.JP_TO_VN;
        }
    }

    /** What {@code side} promised to do itself, by when, and who on our side follows it up. */
    public record Promise(Side side, String text, PartialDate due, String followedBy) {
        public Promise {
            text = required(text, "a commitment");
            due = due == null ? PartialDate.UNKNOWN : due;
            followedBy = Text.clean(followedBy);
        }
    }

    /** A gift {@code side} gave the other. */
    public record Given(Side side, String item) {
        public Given {
            item = required(item, "a gift");
        }

        public Direction direction() {
            return side == Side.VN ? Direction.VN_TO_JP : Direction.JP_TO_VN;
        }
    }

    /** "VN:text" or "JP:text:31/01/2027" as typed on the command line (an answer due by that day, last). */
    public static Asked request(String typed) {
        String[] sideAndText = sideAndText(typed, "--request", "\"VN:text[:DD/MM/YYYY]\" or \"JP:…\"");
        return asked(side(sideAndText[0], typed), sideAndText[1]);
    }

    /** One line of a side's requests as typed in the window: the text, and a due day last if given (":31/01/2027"). */
    public static Asked asked(Side side, String line) {
        String[] textAndDue = textAndDue(line);
        return new Asked(side, textAndDue[0], List.of(), textAndDue[1] == null ? null : day(textAndDue[1], line));
    }

    /** "VN:text", "JP:text:31/12/2026" (the due date last, day first). */
    public static Promise commitment(String typed) {
        String[] sideAndText = sideAndText(typed, "--commitment", "\"VN:text[:DD/MM/YYYY]\" or \"JP:…\"");
        String[] textAndDue = textAndDue(sideAndText[1]);
        return new Promise(side(sideAndText[0], typed), textAndDue[0],
                textAndDue[1] == null ? null : day(textAndDue[1], typed), null);
    }

    /** The text and, if it ends with ":date", that date as typed (null when none). */
    private static String[] textAndDue(String text) {
        var m = TRAILING_DATE.matcher(text == null ? "" : text);
        if (m.find()) {
            return new String[]{text.substring(0, m.start()), m.group(1)};
        }
        return new String[]{text, null};
    }

    private static PartialDate day(String typedDate, String typed) {
        PartialDate due = DateInput.parse(typedDate);
        if (due.precision() != DatePrecision.DAY) {
            throw new UserProblem(UserProblem.Code.OUTCOME_DUE_NOT_A_DAY, typed.strip());
        }
        return due;
    }

    /** "VN:item" (our gift to the guests) or "JP:item" (theirs to us). */
    public static Given gift(String typed) {
        String[] sideAndText = sideAndText(typed, "--gift", "\"VN:item\" or \"JP:item\"");
        return new Given(side(sideAndText[0], typed), sideAndText[1]);
    }

    private static String[] sideAndText(String typed, String option, String form) {
        String s = typed == null ? "" : typed.strip();
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new UserProblem(UserProblem.Code.OUTCOME_NO_SIDE, option, s, form);
        }
        String text = s.substring(colon + 1).strip();
        if (text.isEmpty()) {
            throw new UserProblem(UserProblem.Code.OUTCOME_NO_TEXT_AFTER_SIDE, option, s);
        }
        return new String[]{s.substring(0, colon).strip(), text};
    }

    private static Side side(String word, String typed) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "VN" -> Side.VN;
            case "JP" -> Side.JP;
            default -> throw new UserProblem(UserProblem.Code.OUTCOME_UNKNOWN_SIDE, word,
                    typed.strip());
        };
    }

    private static String required(String text, String what) {
        String t = Text.clean(text);
        if (t == null) {
            throw new UserProblem(UserProblem.Code.OUTCOME_NEEDS_TEXT, what);
        }
        return t;
    }
}
