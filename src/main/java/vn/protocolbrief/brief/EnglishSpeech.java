package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The officer's English renderings of record text as a leader says them inside an English point, the way the
 * Vietnamese pack says the record inside its sentence: a request as what is asked ("to improve …", "for cooperation
 * …"), a title as a document ("the Memorandum of Understanding …", "an agreement on the establishment of …"), what
 * our side did in the first person ("we have directed …", never "the province has directed …"), and what the guest
 * did to his face ("Your Excellency is ready …", never "The Ambassador is ready …" said to the Ambassador).
 */
final class EnglishSpeech {
    /** Our side as a record's English names it at the head of a clause: the province, its bodies and its posts. */
    private static final Pattern OURS = Pattern.compile("^(?:[Tt]he )?(?:[Pp]rovince|[Pp]rovincial (?:leaders|leadership"
            + "|authorities|government|[A-Z][\\w']*(?: [A-Z][\\w']*)*)|(?:Chair(?:man|woman|person)?|Vice[- ]Chair"
            + "(?:man|woman|person)?|Secretary) of the Provincial [A-Z][\\w']*(?: [A-Z][\\w']*)*)\\s+(?<rest>.+)$");
    /** The guest's side named by its post at the head of a clause. */
    private static final Pattern GUEST = Pattern.compile("^[Tt]he (?<post>Ambassador|Consul General|Governor|"
            + "Vice[- ]Governor|Mayor|Vice[- ]Mayor|Chief Representative|Minister|Chairman|President)\\s+(?<rest>.+)$");
    /** Words that open an English document title. */
    private static final Pattern DOCUMENT = Pattern.compile("(?i).*\\b(memorandum|mou|agreement|treaty|protocol|"
            + "letter of intent|contract|plan|programme|program|minutes|declaration|charter|accord|framework)\\b.*");
    private static final Pattern DOCUMENT_FIRST = Pattern.compile("(?i)^(memorandum|mou|agreement|treaty|protocol|"
            + "letter of intent|contract|plan|programme|program|minutes|declaration|charter|accord|framework)\\b.*");
    /** Noun endings: a request that opens with such a word is asked "for", not "to" ("for cooperation …"). */
    private static final Pattern NOUN = Pattern.compile("(?i)^\\p{L}+(tion|sion|ment|ance|ence|ship|ity|ies|ing|ness)$");

    private EnglishSpeech() {
    }

    /** "to improve …" for a request worded as a command; "for …" for one worded as a thing or a subject with "to". */
    static String asked(String request) {
        String t = SpeechText.quoted(request);
        String first = t.split("\\s+", 2)[0];
        if (first.matches("(?i)the|a|an|our|their|its") || NOUN.matcher(first).matches()) {
            return "for " + lower(t);
        }
        if (!first.isEmpty() && Character.isUpperCase(first.charAt(0)) && first.length() > 1
                && first.substring(1).chars().anyMatch(Character::isUpperCase)) {
            return "for " + t;
        }
        return "to " + lower(t);
    }

    /** A rendered title as the object of "signed": a document as written, any other as "an agreement on …". */
    static String document(String title) {
        String t = SpeechText.quoted(title);
        if (t.regionMatches(true, 0, "the ", 0, 4)) {
            return t;
        }
        if (DOCUMENT.matcher(t).matches()) {
            // A title that opens with its kind of document keeps its capitals ("the Memorandum of Understanding …").
            return "the " + (DOCUMENT_FIRST.matcher(t).matches() ? t : lower(t));
        }
        return "an agreement on the " + lower(t);
    }

    /** What the two sides agreed, after "agreed": "to strengthen …" as the record says it, else "that …". */
    static String agreed(String outcome) {
        Matcher m = Pattern.compile("^(?:[Tt]he|[Oo]ur) two sides (?:have )?agreed\\s+(?<rest>.+)$").matcher(outcome);
        if (m.matches()) {
            return m.group("rest");
        }
        // "the two sides will promote …": after "our two sides agreed" the subject is not said again ("to promote …").
        Matcher will = Pattern.compile("^(?:[Tt]he|[Oo]ur|[Bb]oth) (?:two )?sides? (?:will|would|shall) (?:both )?"
                + "(?<rest>.+)$").matcher(outcome);
        if (will.matches()) {
            return "to " + will.group("rest");
        }
        // "Holding forums …": what was agreed on, not a clause of its own.
        return (outcome.split(" ", 2)[0].endsWith("ing") ? "on " : "that ") + lower(outcome);
    }

    /** Each clause whose subject is our side said in the first person, and the guest's said to his face. */
    static String spoken(String text, TalkingPoints.Guest guest) {
        if (text == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String clause : text.split("; ")) {
            out.add(toGuest(ours(clause), guest));
        }
        return String.join("; ", out);
    }

    /** True when a clause's subject is the guests' side named by its post ("The Ambassador is ready …"). */
    static boolean ofGuest(String clause) {
        return GUEST.matcher(clause.strip()).matches();
    }

    private static String ours(String clause) {
        Matcher m = OURS.matcher(clause.strip());
        return m.matches() ? "we " + plural(m.group("rest")).replaceAll("\\bits\\b", "our") : clause;
    }

    private static String toGuest(String clause, TalkingPoints.Guest guest) {
        Matcher m = GUEST.matcher(clause.strip());
        if (!m.matches() || guest.inSpeech() == null) {
            return clause;
        }
        String rest = m.group("rest").replaceAll("\\b(his|her)\\b", "your");
        if ("Your Excellency".equals(guest.inSpeech())) {
            return "Your Excellency " + rest;
        }
        // "Governor SUZUKI": he is spoken to as "you" only when he holds the post the record names.
        return guest.inSpeech().contains(m.group("post")) ? "you " + plural(rest) : clause;
    }

    /** The verb after "we" / "you": "has" → "have", "is" → "are", "was" → "were". */
    private static String plural(String rest) {
        String[] w = rest.split(" ", 2);
        String verb = switch (w[0]) {
            case "has" -> "have";
            case "is" -> "are";
            case "was" -> "were";
            default -> w[0];
        };
        return w.length == 1 ? verb : verb + " " + w[1];
    }

    /** The first letter lower-cased unless the first word is a name or an acronym ("OCOP", "Phu Tho's"). */
    static String lower(String s) {
        if (s.isEmpty() || s.startsWith("Your Excellency")) {
            return s;
        }
        String[] words = s.split(" ", 3);
        if (words[0].length() > 1 && words[0].substring(1).chars().anyMatch(Character::isUpperCase)) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
