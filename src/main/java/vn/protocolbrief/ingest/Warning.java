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
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("no_province", "No Vietnamese province is named; choose one before saving."),
            Map.entry("no_year", "The article gives the day ({0}) but no year; the date is left for you to complete."),
            Map.entry("year_from_context", "The year ({0}) is taken from the same sentence, not written with the date."),
            Map.entry("date_span", "The meeting took more than one day; the first ({0}) is taken."),
            Map.entry("date_in_visit", "The visit took several days ({0}); the day of this meeting ({1}) is taken."),
            Map.entry("relative_date", "\"{0}\" is read from the page''s date ({1})."),
            Map.entry("just_happened", "The article says the meeting has just taken place; the month is that of publication ({0})."),
            Map.entry("no_date", "The article does not say when the meeting took place."),
            Map.entry("no_date_published", "The article does not say when the meeting took place (published {0})."),
            Map.entry("no_partner", "The Japanese body the delegation came from is not named; choose the partner before saving."),
            Map.entry("partner_unsure", "The article also names {0} prominently; check the partner."),
            Map.entry("partner_spelling", "\"{0}\" is read as {1} (a one-letter misspelling)."),
            Map.entry("consulate_guess", "The article does not say which consulate-general; the one serving the province is taken."),
            Map.entry("several_partners", "Several Japanese partners are named ({0}); check who the meeting was with."),
            Map.entry("no_leader", "The head of the Japanese delegation is not named."),
            Map.entry("name_order", "Check the order of {0}: the family name could not be told for sure."),
            Map.entry("vn_spelling", "{0} is written in Vietnamese syllables; check the romanised name."),
            Map.entry("name_spelling", "{0} is not spelt as Japanese is romanised; check the name against another source."),
            Map.entry("no_request", "No request was found; add any the article implies."),
            Map.entry("person_namesake", "{1} stored person(s) share the name {0}; choose whether it is one of them."),
            Map.entry("town_side", "Our side here is officials of {0} only, none of the province itself: the pack will"
                    + " say the meeting was held by {0}, not by {1}''s leadership; check before saving."),
            Map.entry("empty_draft", "The importer did not read this article as a meeting; fill in what it records."));
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
