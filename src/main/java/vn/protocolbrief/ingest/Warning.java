package vn.protocolbrief.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Something the reviewer should check in a draft. The code lets the window say it in its own language;
 * {@link #text()} is the English the command line prints (and the JSON carries).
 */
public record Warning(String code, List<String> args) {
    private static final Map<String, String> ENGLISH = Map.of(
            "no_province", "No Vietnamese province is named; choose one before saving.",
            "no_year", "The article gives day and month but no year.",
            "just_happened", "The article says the meeting has just taken place; the month is that of publication ({0}).",
            "no_date", "The article does not say when the meeting took place.",
            "no_date_published", "The article does not say when the meeting took place (published {0}).",
            "no_leader", "The head of the Japanese delegation is not named.",
            "name_order", "Check the order of {0}: the family name could not be told for sure.",
            "no_request", "No request was found; add any the article implies.");

    /** Every code, for the window's message bundles. */
    public static final List<String> CODES = List.copyOf(new java.util.TreeSet<>(ENGLISH.keySet()));

    public Warning {
        if (!ENGLISH.containsKey(code)) {
            throw new IllegalArgumentException("unknown warning " + code);
        }
        args = List.copyOf(args);
    }

    public static Warning of(String code, String... args) {
        return new Warning(code, List.of(args));
    }

    @JsonValue
    public String text() {
        return new MessageFormat(ENGLISH.get(code), Locale.ENGLISH).format(args.toArray());
    }
}
