package vn.protocolbrief.brief;

import java.util.Locale;

/**
 * The visit plan's fields (venue, purpose, programme item, office) in English from the phrasebook, when every piece
 * of a field is known; moved out of {@link Labels} whole, which still decides when the officer's own English or the
 * marked original comes instead.
 */
final class VisitPlanEnglish {
    /** The provinces and cities of the reference data, for the place slot of the phrasebook ("Sở Ngoại vụ {province}"). */
    private final java.util.List<vn.protocolbrief.domain.Province> places;

    VisitPlanEnglish(java.util.List<vn.protocolbrief.domain.Province> places) {
        this.places = places;
    }

    /** A unit of a locality first ("tỉnh Quảng Ninh", "TP Hạ Long"): a place named on its own in a venue. */
    private static final java.util.regex.Pattern LOCALITY_FIRST = java.util.regex.Pattern.compile(
            "(?iu)^(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\\s+\\p{Lu}.*");

    /** A visit field in English when every piece of it is known, else null. */
    String english(String vi) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String piece : Localities.written(vi).split("\\s*[,;]\\s*|\\s+và\\s+")) {
            String en = visitPiece(piece.strip());
            if (en == null) {
                return null;
            }
            // A common phrase goes on in lower case ("Welcome of the delegation, talks"); a name keeps its capitals.
            boolean name = en.length() > 1 && en.substring(1).chars().anyMatch(Character::isUpperCase);
            out.add(out.isEmpty() || name ? en : Character.toLowerCase(en.charAt(0)) + en.substring(1));
        }
        return String.join(", ", out);
    }

    /** One piece of a visit field: a phrase, a phrase with a place or a thing in its slot, or a locality. */
    private String visitPiece(String piece) {
        if (piece.isEmpty()) {
            return null;
        }
        BriefData data = BriefData.get();
        String folded = vn.protocolbrief.domain.Text.fold(piece).toLowerCase(Locale.ROOT);
        String en = data.visitPhrases.get(vn.protocolbrief.domain.Text.fold(piece));
        if (en != null) {
            return en;
        }
        for (BriefData.SlotPhrase p : data.slotPhrases) {
            int from = p.before().length();
            int to = folded.length() - p.after().length();
            if (to <= from || !folded.startsWith(p.before()) || !folded.endsWith(p.after())) {
                continue;
            }
            // Folding keeps one letter for one letter, so the slot's place in the piece is its place in the fold.
            String slot = piece.substring(from, to).strip();
            String filled = "province".equals(p.slot()) ? placeSlot(p.en(), slot) : thingSlot(p.en(), slot);
            if (filled != null) {
                return filled;
            }
        }
        return LOCALITY_FIRST.matcher(piece).matches() ? Localities.english(piece) : null;
    }

    /**
     * A province or city of the reference data, with or without its unit ("tỉnh Gia Lai", "Gia Lai"): "{province}" in
     * the English as "Gia Lai Province" or "Hanoi City", "{provincial}" as "Gia Lai Provincial" or "Hanoi City".
     */
    private String placeSlot(String en, String slot) {
        String name = vn.protocolbrief.domain.Text.fold(slot).toLowerCase(Locale.ROOT)
                .replaceFirst("^(?:tinh|thanh pho)\\s+", "");
        for (vn.protocolbrief.domain.Province p : places) {
            if (!vn.protocolbrief.domain.Text.fold(p.nameVi()).toLowerCase(Locale.ROOT).equals(name)) {
                continue;
            }
            String base = p.nameEn() == null || p.nameEn().isBlank() ? Labels.plain(p.nameVi()) : p.nameEn();
            base = base.endsWith(" City") ? base.substring(0, base.length() - " City".length()) : base;
            boolean city = "city".equals(p.kind());
            return en.replace("{provincial}", base + (city ? " City" : " Provincial"))
                    .replace("{province}", base + (city ? " City" : " Province"));
        }
        return null;
    }

    /** A thing named after a phrase ("Tham quan {what}"): filled when the thing itself is known. */
    private String thingSlot(String en, String slot) {
        String thing = visitPiece(slot);
        if (thing == null) {
            return null;
        }
        boolean name = thing.length() > 1 && thing.substring(1).chars().anyMatch(Character::isUpperCase);
        return en.replace("{what}", name ? thing : Character.toLowerCase(thing.charAt(0)) + thing.substring(1));
    }
}
