package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.protocolbrief.domain.Text;

/**
 * Vietnamese place and office names as an English pack writes them. A locality as written ("TP Quy Nhơn (tỉnh Bình
 * Định cũ)") is put in English word order with its unit in English ("Quy Nhon City (former Binh Dinh Province)"): the
 * proper name loses its diacritics as English documents of Viet Nam write it, the Vietnamese words around it are
 * translated. Text that is not made of such parts is not stripped of its accents: it stays the original, marked.
 */
final class Localities {
    /** Administrative units (as written, lower case, longest first) and their English, written after the proper name. */
    private static final Map<String, String> UNITS = new java.util.LinkedHashMap<>();

    static {
        UNITS.put("thành phố", "City");
        UNITS.put("thị trấn", "Township");
        UNITS.put("thị xã", "Town");
        UNITS.put("phường", "Ward");
        UNITS.put("huyện", "District");
        UNITS.put("quận", "District");
        UNITS.put("tỉnh", "Province");
        UNITS.put("tp.", "City");
        UNITS.put("tp", "City");
        UNITS.put("xã", "Commune");
    }

    /** Words that start the name of an organisation, never a person's name (folded). */
    private static final Pattern ORGANISATION = Pattern.compile(
            "^(phong|so|ban|van phong|ubnd|uy ban|tinh uy|thanh uy|trung tam|bo|cuc|vu|hoi|cong ty|truong|vien)\\b.*");

    /** One part: an optional unit, a proper name of capitalised words, an optional "cũ" (former). */
    private static final Pattern PART = Pattern.compile("(?<name>\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*)"
            + "(?<former>\\s+cũ)?");

    private Localities() {
    }

    /** A locality as written, in English; null when it is not made of units and names (the caller marks it). */
    static String english(String vi) {
        String s = Text.nfc(vi).strip();
        Matcher outer = Pattern.compile("^(?<main>[^()]+?)\\s*(?:\\((?<inner>[^()]+)\\))?$").matcher(s);
        if (!outer.matches()) {
            return null;
        }
        String main = part(outer.group("main"));
        if (main == null) {
            return null;
        }
        if (outer.group("inner") == null) {
            return main;
        }
        List<String> inner = new ArrayList<>();
        for (String piece : outer.group("inner").split("\\s*,\\s*")) {
            String en = part(piece);
            if (en == null) {
                return null;
            }
            inner.add(en);
        }
        return main + " (" + String.join(", ", inner) + ")";
    }

    private static String part(String text) {
        String t = text.strip();
        // The unit as written, diacritics included: "Quan Hóa" is a name, "Quận 1" a unit.
        String lower = t.toLowerCase(Locale.ROOT);
        String unit = null;
        for (var u : UNITS.entrySet()) {
            if (lower.startsWith(u.getKey() + " ")) {
                unit = u.getValue();
                t = t.substring(u.getKey().length()).strip();
                break;
            }
        }
        Matcher m = PART.matcher(t);
        if (!m.matches()) {
            return null;
        }
        return (m.group("former") != null ? "former " : "") + Labels.plain(m.group("name"))
                + (unit == null ? "" : " " + unit);
    }

    /** Whether a typed name is an office's ("Phòng Lễ tân, Sở Ngoại vụ") rather than a person's. */
    static boolean organisation(String vi) {
        return vi.contains(",") || ORGANISATION.matcher(Text.fold(vi.strip()).toLowerCase(Locale.ROOT)).matches();
    }
}
