package vn.protocolbrief.ui.common;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.domain.ImportJsonLabel;

/**
 * A change's label as the window says it (Ctrl+Z's message, a record's history). Most labels are the officer's own
 * words or a record's title, shown as written; the label of an import of an export file is the program's, kept in
 * English by the change log, and said again here in the window's language from its parts.
 */
public final class ChangeLabels {
    private ChangeLabels() {
    }

    public static String said(Messages m, String label) {
        return ImportJsonLabel.read(label).map(l -> said(m, l)).orElse(label);
    }

    private static String said(Messages m, ImportJsonLabel l) {
        StringBuilder out = new StringBuilder(m.format("changes.importJson", l.records()));
        if (!l.removed().isEmpty()) {
            out.append(m.format("changes.importJsonRemoved", removed(m, l.removed())));
        }
        if (l.reviewed() > 0) {
            out.append(m.format("changes.importJsonReviewed", l.reviewed()));
        }
        return out.toString();
    }

    /** What an import of a file removed ("agreement a-1", "commitment c-2"…), the kinds in the window's words. */
    public static String removed(Messages m, List<String> removed) {
        List<String> out = new ArrayList<>();
        for (String r : removed) {
            int space = r.indexOf(' ');
            out.add(space < 0 ? r : kind(m, r.substring(0, space)) + r.substring(space));
        }
        return String.join(", ", out);
    }

    /** The word for a removed record's kind, as the import names it ("agreement", "commitment", "thanks", "aid"). */
    private static String kind(Messages m, String kind) {
        return switch (kind) {
            case "agreement" -> m.get("changes.removedAgreement");
            case "commitment" -> m.get("changes.removedCommitment");
            case "thanks" -> m.get("changes.removedThanks");
            case "aid" -> m.get("changes.removedAid");
            default -> kind;
        };
    }
}
