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

    /** The lines back into persons; a name the extractor found keeps its family/given split and evidence. */
    static List<PersonRef> parse(String text, String side, List<PersonRef> found) {
        List<PersonRef> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\n")) {
            if (!line.isBlank()) {
                out.add(person(line, side, found));
            }
        }
        return out;
    }

    static PersonRef person(String line, String side, List<PersonRef> found) {
        String[] parts = line.strip().split("\\s+[—–-]\\s+", 2);
        String name = Text.clean(parts[0]);
        String title = parts.length > 1 ? Text.clean(parts[1]) : null;
        for (PersonRef f : found) {
            if (Text.key(f.name()).equals(Text.key(name))) {
                // The officer's title; what the article said of the person (role, body, form of address) stays.
                return new PersonRef(f.name(), f.familyName(), f.givenName(), side, title, f.evidence(), null,
                        java.util.List.of(), f.role(), java.util.Objects.equals(title, f.title()) ? f.organisation() : null,
                        f.address());
            }
        }
        // A name typed by the officer: family name first, as protocol lists write it ("ITO Naoki", "Hồ Văn Mừng").
        String[] words = name.split(" ", 2);
        String family = words[0];
        if ("jp".equals(side) && family.equals(family.toUpperCase(Locale.ROOT)) && family.length() > 1) {
            family = family.charAt(0) + family.substring(1).toLowerCase(Locale.ROOT);
        }
        return new PersonRef(name, family, words.length > 1 ? words[1] : null, side, title, null);
    }

    /** The same person in another role on our side ("host", "attendee"). */
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
