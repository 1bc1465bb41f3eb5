package vn.protocolbrief.brief;

import java.util.Locale;

/**
 * A partner's kind as an officer says it in the profile: the record's kind, made exact by the partner's own name
 * where the kind covers several ("municipality" is a city, a town or a village; 足利市 and "Ashikaga City" say which),
 * so the profile reads "City", not "City or town".
 */
final class PartnerKindWord {
    private PartnerKindWord() {
    }

    static String of(Labels l, String kind, String nameJa, String... names) {
        if ("municipality".equals(kind)) {
            String which = municipality(null, nameJa);
            for (int i = 0; which == null && i < names.length; i++) {
                which = municipality(names[i], null);
            }
            if (which != null) {
                return l.get("kind.municipality." + which);
            }
        }
        return l.get("kind." + kind);
    }

    /** City, town, village or ward, from the Japanese name's last character or the name's own word; null if neither says. */
    static String municipality(String name, String nameJa) {
        if (nameJa != null && !nameJa.isBlank()) {
            switch (nameJa.strip().charAt(nameJa.strip().length() - 1)) {
                case '市': return "city";
                case '町': return "town";
                case '村': return "village";
                case '区': return "ward";
                default: break;
            }
        }
        String n = name == null ? "" : vn.protocolbrief.domain.Text.nfc(name).strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(" city") || n.startsWith("thành phố ") || n.startsWith("tp ") || n.startsWith("tp. ")) {
            return "city";
        }
        if (n.endsWith(" town") || n.startsWith("thị trấn ")) {
            return "town";
        }
        if (n.endsWith(" village") || n.startsWith("làng ")) {
            return "village";
        }
        return null;
    }
}
