package vn.protocolbrief.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PersonRef;

/** People as the review screen edits them: one per line, "Name — title". */
final class PersonLines {
    private PersonLines() {
    }

    /**
     * The lines back into persons. A line keeps what the article said of its person (role, body, form of address,
     * evidence) when it names a person the extractor found, or when the officer corrected the name of the person
     * on that same line (as many lines as were found, or a family name kept).
     */
    static List<PersonRef> parse(String text, String side, List<PersonRef> found) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        List<PersonRef> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PersonRef samePlace = lines.size() == found.size() ? found.get(i) : null;
            out.add(person(lines.get(i), side, found, samePlace));
        }
        return out;
    }

    static PersonRef person(String line, String side, List<PersonRef> found) {
        return person(line, side, found, found.size() == 1 ? found.get(0) : null);
    }

    /** @param samePlace the person found on this line before the officer edited it, or null */
    static PersonRef person(String line, String side, List<PersonRef> found, PersonRef samePlace) {
        String[] parts = line.strip().split("\\s+[—–-]\\s+", 2);
        String name = Text.clean(parts[0]);
        String title = parts.length > 1 ? Text.clean(parts[1]) : null;
        // A name typed by the officer: family name first, as protocol lists write it ("ITO Naoki", "Hồ Văn Mừng").
        String[] words = name.split(" ", 2);
        String family = words[0];
        if ("jp".equals(side) && family.equals(family.toUpperCase(Locale.ROOT)) && family.length() > 1) {
            family = family.charAt(0) + family.substring(1).toLowerCase(Locale.ROOT);
        }
        String given = words.length > 1 ? words[1] : null;
        for (PersonRef f : found) {
            if (Text.key(f.name()).equals(Text.key(name))) {
                // The officer's title; what the article said of the person (role, body, form of address) stays,
                // and a name corrected only in its marks or capitals ("Mai" → "Mại") is taken as typed.
                return Text.clean(f.name()).equals(name) ? f.corrected(f.name(), f.familyName(), f.givenName(), title)
                        : f.corrected(name, family, given, title);
            }
        }
        // The person of this line with one word of the name kept, else the one whose family name is kept.
        PersonRef before = samePlace != null && sharesWord(samePlace, name)
                && found.stream().noneMatch(f -> f != samePlace && sharesFamily(f, name))
                ? samePlace : found.stream().filter(f -> sharesFamily(f, name)).findFirst().orElse(null);
        if (before != null) {
            // A spelling corrected ("YASHI Yousuke" → "KOBAYASHI Yousuke"): still the person the article described.
            return before.corrected(name, family, given, title);
        }
        return new PersonRef(name, family, given, side, title, null);
    }

    private static boolean sharesWord(PersonRef f, String name) {
        java.util.Set<String> typed = new java.util.HashSet<>(List.of(Text.key(name).split(" ")));
        for (String w : Text.key(f.name()).split(" ")) {
            if (w.length() > 1 && typed.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesFamily(PersonRef f, String name) {
        String family = Text.key(f.familyName());
        return !family.isEmpty() && (" " + Text.key(name) + " ").contains(" " + family + " ");
    }
    /** The same person in another role on our side ("host", "participant"). */
    static PersonRef withRole(PersonRef p, String role) {
        return new PersonRef(p.name(), p.familyName(), p.givenName(), p.side(), p.title(), p.evidence(), p.personId(),
                p.namesakes(), role, p.organisation(), p.address());
    }

    /** The names of the people on the lines (what comes before " — title"). */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\n")) {
            String name = Text.clean(line.strip().split("\\s+[—–-]\\s+", 2)[0]);
            if (name != null && !name.isBlank()) {
                out.add(name);
            }
        }
        return out;
    }

    static String format(List<PersonRef> people) {
        StringBuilder b = new StringBuilder();
        for (PersonRef p : people) {
            b.append(p.name()).append(p.title() == null ? "" : " — " + p.title()).append('\n');
        }
        return b.toString().strip();
    }
}
