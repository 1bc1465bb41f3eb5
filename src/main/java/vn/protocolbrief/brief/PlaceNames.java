package vn.protocolbrief.brief;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Text;

/** How one pack names its own province, in the pack's language. */
record PlaceNames(Province province, Labels labels, String lang) {
    /** "Phú Thọ" / "Phu Tho". */
    String name() {
        return "en".equals(lang) ? province.nameEn() : province.nameVi();
    }

    /** "tỉnh Phú Thọ", "thành phố Huế"; "Phu Tho Province", "Hue City". */
    String unitAndName() {
        String unit = labels.get("city".equals(province.kind()) ? "unit.city" : "unit.province");
        if ("en".equals(lang)) {
            // "Ho Chi Minh City" already says what it is.
            return name().endsWith(" " + unit) ? name() : name() + " " + unit;
        }
        return unit + " " + name();
    }

    /**
     * Where a meeting was, said as one place: {@code place} (the venue, or the locality inside the province's name as
     * written, or the province), and, where the province it was recorded under is one of those merged into the pack's
     * province, which one it was ({@code then}, the predecessor's name, null otherwise). {@code venue} says whether
     * the place is the record's venue (record text, marked as the original in an English pack where it has no English).
     * A place recorded under a province that is neither the pack's nor one of its predecessors is given as recorded
     * ({@code recorded}), the venue after it unless the venue names it (a meeting held elsewhere says so).
     */
    record MeetingPlace(String recorded, String place, boolean venue, String then) {
        /**
         * The province it was recorded under, said after the place: "(Hải Dương cũ)" after the pack's province, "(khi
         * đó thuộc Hải Dương)" after a town or district inside it ("Thị xã Kinh Môn" was in Hải Dương, not Hải Dương
         * itself); empty when there is none to say.
         */
        String thenSaid(Labels l, String provinceName) {
            if (then == null) {
                return "";
            }
            boolean inside = place != null && !venue && !folded(place).equals(folded(provinceName));
            return " " + l.format(inside ? "place.thenIn" : "place.then", then);
        }
    }

    /**
     * {@code asWritten}: the province as the record writes it, already in the pack's language ("Bình Định (TP Quy
     * Nhơn)", "Binh Dinh (Quy Nhon City)"); {@code provinceName}: the pack's province in its language;
     * {@code predecessors}: the provinces merged into it (Vietnamese names, as the store holds them).
     */
    static MeetingPlace meetingPlace(String asWritten, String venue, String provinceName, List<String> predecessors,
            Labels l) {
        String v = venue == null || venue.isBlank() || venue.equals(asWritten) ? null : venue;
        if (asWritten == null || asWritten.isBlank()) {
            return new MeetingPlace(null, v, v != null, null);
        }
        String predecessor = null;
        String inner = null;
        boolean known = false;
        for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(provinceName),
                predecessors.stream().map(l::name)).toList()) {
            Matcher m = province(name).matcher(folded(asWritten));
            if (m.matches()) {
                known = true;
                inner = m.group("inner") == null ? null : innerAsWritten(asWritten);
                if (!folded(name).equals(folded(provinceName))) {
                    predecessor = name;
                }
                break;
            }
        }
        if (!known) {
            // Recorded under another province: as recorded, the venue after it where it says more.
            return v != null && folded(v).contains(folded(asWritten)) ? new MeetingPlace(null, v, true, null)
                    : new MeetingPlace(asWritten, v, v != null, null);
        }
        String place = v != null ? v : inner != null ? inner : provinceName;
        boolean saidInPlace = predecessor != null && folded(place).contains(folded(predecessor));
        // "(Long An cũ)" after a venue reads as the venue's old name ("tỉnh Ibaraki, Nhật Bản (Long An cũ)", rd15): the
        // predecessor is said only after the province's own name or a place inside it.
        return new MeetingPlace(null, place, v != null, saidInPlace || v != null ? null : predecessor);
    }

    /**
     * ", Thị xã Kinh Môn (khi đó thuộc Hải Dương)": the town, district or commune that held a meeting for our side
     * ({@link BriefModel.MeetingItem#heldBy}), with the province it lay in then where that has merged into the pack's,
     * for a sentence that names the meeting after its date; empty for a meeting of the province.
     */
    static String heldBySaid(BriefModel m, BriefModel.MeetingItem x, Labels l) {
        if (x.heldBy() == null) {
            return "";
        }
        String provinceName = m.meta().provinceName();
        MeetingPlace at = meetingPlace(x.provinceAsWritten(), null, provinceName,
                m.province() == null ? List.of() : m.province().predecessors(), l);
        return ", " + x.heldBy() + at.thenSaid(l, provinceName);
    }

    /** "tỉnh Bình Định", "Binh Dinh Province", "Bình Định (TP Quy Nhơn)", folded; the part in brackets as "inner". */
    private static Pattern province(String name) {
        return Pattern.compile("^(?:tinh |thanh pho )?" + Pattern.quote(folded(name))
                + "(?: province| city)?(?: \\((?<inner>[^()]+)\\))?$");
    }

    /** The part in brackets of a text as written, as written. */
    private static String innerAsWritten(String s) {
        return s.substring(s.indexOf('(') + 1, s.lastIndexOf(')')).strip();
    }

    private static String folded(String s) {
        return Text.fold(Text.nfc(s)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
