package vn.protocolbrief.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an import of an export file into a store in use changed, as its change is labelled: the change log keeps the
 * label in the program's English (as the command line prints it), and the window says it again in its own language
 * from these parts ({@link #read} also reads labels written before "1 record" was said right).
 *
 * @param records  the records the import changed (or removed, or marked reviewed)
 * @param removed  what the file no longer holds and the import removed ("agreement a-1", "commitment c-2"…)
 * @param reviewed the meetings the officer said they read, reviewed by them now
 */
public record ImportJsonLabel(int records, List<String> removed, int reviewed) {
    private static final Pattern FORM = Pattern.compile(
            "import-json of (\\d+) records?(?:; removed (.+?))?(?:; (\\d+) meetings? reviewed)?");

    public ImportJsonLabel {
        removed = List.copyOf(removed);
    }

    /** The label as the change log keeps it. */
    public String english() {
        return "import-json of " + records + (records == 1 ? " record" : " records")
                + (removed.isEmpty() ? "" : "; removed " + String.join(", ", removed))
                + (reviewed == 0 ? "" : "; " + reviewed + (reviewed == 1 ? " meeting" : " meetings") + " reviewed");
    }

    /** The parts of a logged label, or empty when the label is not an import's (an officer's own words). */
    public static Optional<ImportJsonLabel> read(String label) {
        Matcher m = label == null ? null : FORM.matcher(label);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ImportJsonLabel(Integer.parseInt(m.group(1)),
                m.group(2) == null ? List.of() : List.of(m.group(2).split(", ")),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }
}
