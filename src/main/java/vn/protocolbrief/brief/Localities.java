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

    /** Words that start the name of an organisation or a delegation, never a person's name (folded). */
    private static final Pattern ORGANISATION = Pattern.compile(
            "^(phong|so|ban|van phong|ubnd|hdnd|uy ban|tinh uy|thanh uy|trung tam|bo|cuc|vu|hoi|cong ty|truong|vien"
                    + "|doan (cong tac|dai bieu|doanh nghiep|khach|lanh dao))\\b.*");

    /**
     * How the press shortens Ho Chi Minh City ("TPHCM", "TP.HCM", "TP. HCM", "HCMC"): the city's full name, so that a
     * locality or a post names it as the other cities are named.
     */
    private static final Pattern HO_CHI_MINH_CITY = Pattern.compile("\\b(?:TP\\.?\\s*HCM|HCMC)\\b");
    /** "TP.Huế", "TP. Huế", "TP Huế": the unit "thành phố" shortened. */
    private static final Pattern CITY_SHORT = Pattern.compile("\\bTP\\.?\\s*(?=\\p{Lu})");
    /** The bodies the press writes in full or shortened: one spelling for the vocabularies. */
    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("(?iu)\\bỦy ban nhân dân\\b");
    private static final Pattern PEOPLES_COUNCIL = Pattern.compile("(?iu)\\bHội đồng nhân dân\\b");
    /**
     * The older placement of the tone mark on the last vowel of "uy" and "oa" at a word's end ("Tỉnh uỷ", "Hoà"),
     * as the vocabularies write it ("Tỉnh ủy", "Hòa"). A word going on after the vowel ("hoàng") is the same in both.
     */
    private static final Map<String, String> OLD_TONES = Map.ofEntries(Map.entry("uỳ", "ùy"), Map.entry("uý", "úy"),
            Map.entry("uỷ", "ủy"), Map.entry("uỹ", "ũy"), Map.entry("uỵ", "ụy"), Map.entry("oà", "òa"),
            Map.entry("oá", "óa"), Map.entry("oả", "ỏa"), Map.entry("oã", "õa"), Map.entry("oạ", "ọa"),
            Map.entry("oè", "òe"), Map.entry("oé", "óe"), Map.entry("oẻ", "ỏe"), Map.entry("oẽ", "õe"),
            Map.entry("oẹ", "ọe"));
    private static final Pattern OLD_TONE = Pattern.compile("(?iu)(u[ỳýỷỹỵ]|o[àáảãạèéẻẽẹ])(?!\\p{L})");

    /** One part: an optional unit, a proper name of capitalised words, an optional "cũ" (former). */
    private static final Pattern PART = Pattern.compile("(?<name>\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*)"
            + "(?<former>\\s+cũ)?");

    private Localities() {
    }

    /**
     * A text as the press writes it, in the spelling the vocabularies use: Ho Chi Minh City and "TP." in full, the
     * People's Committee and Council as "UBND" and "HĐND", tone marks in their present place.
     */
    static String written(String vi) {
        String s = Text.nfc(vi).strip();
        s = HO_CHI_MINH_CITY.matcher(s).replaceAll("thành phố Hồ Chí Minh");
        s = CITY_SHORT.matcher(s).replaceAll("thành phố ");
        s = PEOPLES_COMMITTEE.matcher(s).replaceAll("UBND");
        s = PEOPLES_COUNCIL.matcher(s).replaceAll("HĐND");
        Matcher m = OLD_TONE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String old = m.group(1);
            String now = OLD_TONES.get(old.toLowerCase(Locale.ROOT));
            if (Character.isUpperCase(old.charAt(0))) {
                now = Character.toUpperCase(now.charAt(0)) + now.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(now));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A locality as written, in English; null when it is not made of units and names (the caller marks it). */
    static String english(String vi) {
        String s = written(vi);
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

    /** Whether a text is a person's name as written: every word starts with a capital letter, no body's word first. */
    static boolean personName(String vi) {
        String s = Text.nfc(vi).strip();
        return !s.isEmpty() && !organisation(s) && !title(s) && java.util.Arrays.stream(s.split("\\s+"))
                .allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    /**
     * A province's name as a sentence says it ("đến thăm và làm việc tại …"): a city whose English name carries
     * "City" ("Ho Chi Minh City", "Hue City") is named with its unit in Vietnamese too ("Thành phố Hồ Chí Minh"),
     * since its name alone is a person's or a former province's; the others by their name ("Hà Nội", "Phú Thọ").
     */
    static String inSentence(vn.protocolbrief.domain.Province province, String lang) {
        if ("en".equals(lang)) {
            return province.nameEn();
        }
        boolean cityByName = "city".equals(province.kind()) && province.nameEn() != null
                && province.nameEn().endsWith(" City");
        return cityByName ? "Thành phố " + province.nameVi() : province.nameVi();
    }

    /**
     * Words that start a post, never a person's name (folded): "Giám đốc Sở …", "Phó Chủ tịch UBND …", "Trưởng
     * phòng …". Vietnamese names a post by these heads; a surname is never one of them.
     */
    private static final Pattern TITLE = Pattern.compile(
            "^(pho |tong )?(giam doc|chu tich|bi thu|truong phong|truong ban|chanh van phong|chanh thanh tra"
                    + "|vu truong|cuc truong|bo truong|thu truong|tong lanh su|dai su|lanh su|chuyen vien|can bo)\\b.*");

    /** Whether a typed name is a post ("Giám đốc Sở Ngoại vụ") rather than a person's name. */
    static boolean title(String vi) {
        return TITLE.matcher(Text.fold(vi.strip()).toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether a typed name is an office's ("Phòng Lễ tân, Sở Ngoại vụ") rather than a person's. */
    static boolean organisation(String vi) {
        return vi.contains(",") || ORGANISATION.matcher(Text.fold(vi.strip()).toLowerCase(Locale.ROOT)).matches();
    }
}
