package vn.protocolbrief.domain;

import java.util.List;
import java.util.Locale;

/** Anyone named. Family and given names are kept apart so that protocol order can be produced. */
public record Person(String id, String familyName, String givenName, String kanji, Nationality nationality,
                     String honorific, String note, List<Position> positions) {
    public Person {
        positions = Lists.copy(positions, "the positions of person " + id + "");
    }

    /**
     * Protocol order: Japanese family name first in capitals ("ITO Naoki"); Vietnamese names as written,
     * family name first ("Đặng Xuân Phong").
     */
    public String protocolName() {
        String given = givenName == null ? "" : " " + givenName;
        if (nationality == Nationality.JP) {
            return familyName.toUpperCase(Locale.ROOT) + given;
        }
        return familyName + given;
    }

    /** The name in protocol order with the kanji when known: "ITO Naoki (伊藤直樹)". */
    public String displayName() {
        return kanji == null ? protocolName() : protocolName() + " (" + kanji + ")";
    }

    public String fullName() {
        return givenName == null ? familyName : familyName + " " + givenName;
    }
}
