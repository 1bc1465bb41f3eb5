package vn.protocolbrief.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of government a Vietnamese post belongs to, read from the title as written. A post of a central body
 * (the Party's Central Committee and Politburo, the National Assembly, the Government, a ministry) is not a post in
 * a province; a post of a district, town, ward or commune ("huyện", "thị xã", "thị trấn", "xã", "phường", a city
 * that is not itself a province) lies in the province but is not the province's. The names are the administrative
 * units of the Constitution and the Law on Local Government, never words of one article. A title of several posts
 * ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy") is the province's when any of them is.
 */
public enum PostLevel {
    CENTRAL, PROVINCE, LOCAL, UNKNOWN;

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String WORD_START = "(?<!\\p{L})";
    private static final String WORD_END = "(?!\\p{L})";
    /** Units below the province, with diacritics: "quận" is not "quân" (the army), "xã" not "xa". */
    private static final Pattern BELOW_PROVINCE = Pattern.compile(WORD_START
            + "(thị ủy|huyện ủy|quận ủy|thị xã|huyện|quận|thị trấn|xã|phường)" + WORD_END);
    private static final Pattern PROVINCIAL = Pattern.compile(WORD_START + "(tỉnh|tỉnh ủy|sở)" + WORD_END);
    /** A city and its party committee: the province's when it names a province or no place at all. */
    private static final Pattern CITY = Pattern.compile(WORD_START + "(thành phố|thành ủy|tp\\.?)\\s*(.*)$");
    private static final Pattern CENTRAL_BODY = Pattern.compile(WORD_START
            + "(trung ương|bộ chính trị|quốc hội|chính phủ|thủ tướng|chủ tịch nước|bộ|bộ trưởng|thứ trưởng"
            + "|đại sứ|tổng lãnh sự)" + WORD_END);

    /** The level of {@code title}; {@code provinces} are the names of the provinces (and of merged ones). */
    public static PostLevel of(String title, Collection<String> provinces) {
        if (title == null || title.isBlank()) {
            return UNKNOWN;
        }
        boolean local = false;
        boolean central = false;
        for (String part : normal(title).split("[,;]| kiêm ")) {
            PostLevel level = ofOnePost(part.strip(), provinces);
            if (level == PROVINCE) {
                return PROVINCE;
            }
            local |= level == LOCAL;
            central |= level == CENTRAL;
        }
        return local ? LOCAL : central ? CENTRAL : UNKNOWN;
    }

    /**
     * A unit below the province as a title names it, with the unit's own word: "Bí thư Thị ủy Kinh Môn" names "thị xã
     * Kinh Môn", "Huyện ủy" a "huyện", "Thành ủy" a "thành phố", "Đảng ủy xã" a "xã". The unit word as written is
     * matched in any case; the name is the capitalised words after it ("Kinh Môn", "Quận 1").
     */
    private static final Pattern UNIT_NAMED = Pattern.compile("(?<!\\p{L})(?iu:(thị ủy|thị xã|thị trấn|huyện ủy|huyện"
            + "|quận ủy|quận|thành ủy|thành phố|tp\\.?|xã|phường))\\s*(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)*|\\d+)");

    /**
     * The unit below the province a post belongs to, named as a record says it ("Thị xã Kinh Môn" for "Bí thư Thị ủy
     * Kinh Môn", "Huyện Tân Phước" for "Chủ tịch UBND huyện Tân Phước"); null when the post is not {@link #LOCAL} or
     * names no unit by name ("Bí thư Huyện ủy" alone).
     */
    public static String localUnit(String title, Collection<String> provinces) {
        if (of(title, provinces) != LOCAL) {
            return null;
        }
        String written = Text.nfc(title).replace("uỷ", "ủy").replace("Uỷ", "Ủy");
        for (String part : written.split("[,;]| kiêm ")) {
            if (ofOnePost(normal(part).strip(), provinces) != LOCAL) {
                continue;
            }
            Matcher m = UNIT_NAMED.matcher(part);
            while (m.find()) {
                String unit = unitWord(m.group(1).toLowerCase(VI));
                String name = m.group(2);
                if (!unit.equals("Thành phố") || !namesProvince(Text.fold(name), provinces)) {
                    return unit + " " + name;
                }
            }
        }
        return null;
    }

    /**
     * The unit below the province that held a meeting for our side, when our side ({@code ourTitles}, the host
     * first) is only a town's, district's or commune's: nobody of ours holds a post of the province, and the first
     * whose post shows a level names the unit. Null when anybody of ours holds a post of the province, or none of the
     * posts names a unit ("Phó Chủ tịch" alone tells nothing, and says nothing against the province).
     */
    public static String heldBy(List<String> ourTitles, Collection<String> provinces) {
        String unit = null;
        for (String title : ourTitles) {
            PostLevel level = of(title, provinces);
            if (level == PROVINCE) {
                return null;
            }
            if (level == LOCAL && unit == null) {
                unit = localUnit(title, provinces);
            }
        }
        return unit;
    }

    private static String unitWord(String written) {
        return switch (written) {
            case "thị ủy", "thị xã" -> "Thị xã";
            case "thị trấn" -> "Thị trấn";
            case "huyện ủy", "huyện" -> "Huyện";
            case "quận ủy", "quận" -> "Quận";
            case "xã" -> "Xã";
            case "phường" -> "Phường";
            default -> "Thành phố";
        };
    }

    private static PostLevel ofOnePost(String post, Collection<String> provinces) {
        if (BELOW_PROVINCE.matcher(post).find()) {
            return LOCAL;
        }
        Matcher city = CITY.matcher(post);
        if (city.find()) {
            String named = Text.fold(city.group(2)).strip();
            return named.isEmpty() || namesProvince(named, provinces) ? PROVINCE : LOCAL;
        }
        if (PROVINCIAL.matcher(post).find() || namesProvince(Text.fold(post), provinces)) {
            return PROVINCE;
        }
        return CENTRAL_BODY.matcher(post).find() ? CENTRAL : UNKNOWN;
    }

    private static boolean namesProvince(String folded, Collection<String> provinces) {
        for (String name : provinces) {
            String p = Text.fold(name).replaceFirst("^(tinh|thanh pho) ", "").strip();
            if (!p.isEmpty() && (folded.startsWith(p) || folded.contains(" " + p) || isInitialsOf(folded, p))) {
                return true;
            }
        }
        return false;
    }

    /** "hcm" for "ho chi minh", as "TP.HCM" and "TPHCM" write the city: the initials of a name of several words. */
    private static boolean isInitialsOf(String folded, String province) {
        String[] words = province.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            initials.append(word.charAt(0));
        }
        String named = folded.strip().split("[\\s.,]+", 2)[0];
        return named.equals(initials.toString());
    }

    /** Lower case in composed form, the old placement of the tone mark ("uỷ") as the new ("ủy"). */
    private static String normal(String title) {
        return Text.nfc(title).toLowerCase(VI).replace("uỷ", "ủy").replace("hđnd", "hội đồng nhân dân")
                .replace("ubnd", "ủy ban nhân dân");
    }
}
