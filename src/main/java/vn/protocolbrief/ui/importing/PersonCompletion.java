package vn.protocolbrief.ui.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.protocolbrief.domain.Text;

/**
 * What the form offers for the person line being typed, from the people already known for this partner or province
 * ("Name — title" lines, most recent first, so the current head comes first): three letters of any word of a known
 * name offer that person with their title; after " — ", two letters of a known title offer the title.
 */
final class PersonCompletion {
    /** Letters of a name typed before a person is offered: fewer match too many people to be a help. */
    static final int NAME_LETTERS = 3;
    static final int TITLE_LETTERS = 2;

    private PersonCompletion() {
    }

    /** The whole line to put in place of {@code line}, or null when nothing known fits it. */
    static String offer(String line, List<String> known) {
        String typed = line == null ? "" : line.strip();
        String[] parts = typed.split("\\s+[—–-]\\s*", 2);
        if (parts.length == 2) {
            return title(parts[0], parts[1], known);
        }
        String key = Text.key(typed);
        if (key.length() < NAME_LETTERS) {
            return null;
        }
        for (String person : known) {
            String name = Text.key(PersonLines.names(person).get(0));
            if ((" " + name).contains(" " + key) && !person.strip().equals(typed)) {
                return person;
            }
        }
        return null;
    }

    private static String title(String name, String typedTitle, List<String> known) {
        String key = Text.key(typedTitle);
        if (key.length() < TITLE_LETTERS || name.isBlank()) {
            return null;
        }
        for (String title : titles(known)) {
            if (Text.key(title).startsWith(key) && !title.equals(typedTitle.strip())) {
                return name.strip() + " — " + title;
            }
        }
        return null;
    }

    /** The titles of the known people, each once, in their order. */
    static List<String> titles(List<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (String person : known) {
            String[] parts = person.split("\\s+[—–-]\\s+", 2);
            if (parts.length == 2 && !parts[1].isBlank()) {
                out.add(parts[1].strip());
            }
        }
        return new ArrayList<>(out);
    }
}
