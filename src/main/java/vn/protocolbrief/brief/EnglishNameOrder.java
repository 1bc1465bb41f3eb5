package vn.protocolbrief.brief;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Person;

/**
 * One order for a Japanese name in an English pack: protocol order, the family name in capitals ("HAYAKAWA Naohide"),
 * as the cover, the points and the tables print it ({@link Person#protocolName}). An officer's English rendering of
 * a record writes the name as the English press does ("Mayor Naohide Hayakawa"); a person of the records named so in
 * it is written in protocol order, whichever order the rendering used.
 */
final class EnglishNameOrder {
    private EnglishNameOrder() {
    }

    /** The renderings with every Japanese person of the records named in protocol order. */
    static Map<String, String> of(Map<String, String> renderings, Collection<Person> persons) {
        Map<Pattern, String> names = new LinkedHashMap<>();
        for (Person p : persons) {
            if (p.nationality() != Nationality.JP || p.givenName() == null || p.givenName().isBlank()
                    || p.familyName() == null || p.familyName().isBlank()) {
                continue;
            }
            String given = Pattern.quote(p.givenName().strip());
            String family = Pattern.quote(p.familyName().strip());
            names.put(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + given + "\\s+" + family + "|" + family + "\\s+" + given
                    + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), p.protocolName());
        }
        if (names.isEmpty()) {
            return renderings;
        }
        Map<String, String> out = new LinkedHashMap<>();
        renderings.forEach((key, text) -> out.put(key, inProtocolOrder(text, names)));
        return out;
    }

    private static String inProtocolOrder(String text, Map<Pattern, String> names) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (var e : names.entrySet()) {
            out = e.getKey().matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(e.getValue()));
        }
        return out;
    }
}
