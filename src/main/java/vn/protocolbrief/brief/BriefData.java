package vn.protocolbrief.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * The pack's vocabularies, read once from {@code assets/brief}: forms of address, posts in English, gift ideas and
 * the national dates of Viet Nam–Japan relations. Data, not code, so an office can extend them.
 */
final class BriefData {
    /** How a post's holder is addressed; {@code match} is folded. */
    record Address(String match, String vi, String enTitle, boolean excellency, boolean high) {
    }

    /** A Vietnamese post or body and its English; {X} and {Y} are names kept as written. */
    record Post(Pattern vi, String en) {
    }

    /** A gift idea; {@code suits} partner kinds and {@code months} of a visit it suits best (empty: any). */
    record GiftIdea(String id, String vi, String en, List<String> words, List<String> suits, List<Integer> months,
                    String kind, String seasonVi, String seasonEn) {
    }

    record NationalDate(PartialDate date, String vi, String en, String sourceTitle, String publication, String url) {
    }

    final List<Address> addresses = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final List<GiftIdea> gifts = new ArrayList<>();
    /** A province's own gift ideas and the public fact that makes each its own (province-gifts.csv). */
    final List<ProvinceGift> provinceGifts = new ArrayList<>();

    record ProvinceGift(String province, GiftIdea idea, String sourceVi, String sourceEn) {
    }
    final List<NationalDate> dates = new ArrayList<>();
    /** Phrases of a visit plan and their English, by folded Vietnamese. */
    final java.util.Map<String, String> visitPhrases = new java.util.HashMap<>();
    /**
     * Phrases of a visit plan with a slot ("Sở Ngoại vụ {province}", "Tham quan {what}"): the folded words before and
     * after the slot, the slot's kind, and the English with the slot to fill.
     */
    final List<SlotPhrase> slotPhrases = new ArrayList<>();

    record SlotPhrase(String before, String slot, String after, String en) {
    }
    /** The posts and bodies of posts-en.csv that hold no name ("Chính phủ Nhật Bản"), as record words: vi → en. */
    final java.util.Map<String, String> namedBodies = new java.util.LinkedHashMap<>();

    private static final class Holder {
        static final BriefData INSTANCE = new BriefData();
    }

    static BriefData get() {
        return Holder.INSTANCE;
    }

    private BriefData() {
        for (CSVRecord r : csv("forms-of-address.csv")) {
            addresses.add(new Address(Text.fold(r.get("match")), r.get("vi"), r.get("en_title"),
                    "yes".equals(r.get("en_he")), "high".equals(r.get("rank"))));
        }
        // Longest head first: "Phó Thống đốc" before "Thống đốc".
        addresses.sort((a, b) -> Integer.compare(b.match().length(), a.match().length()));
        String name = "(?:\\p{Lu}[\\p{L}\\p{M}'’.]*(?:[ -]+(?:\\p{Lu}[\\p{L}\\p{M}'’.]*|\\d+))*"
                + "|\\d{4}\\s*[-–]\\s*\\d{4})";
        for (CSVRecord r : csv("posts-en.csv")) {
            String vi = Text.nfc(r.get("vi"));
            // Case is ignored in the words of a post, not in the names: a name starts with a capital letter.
            StringBuilder regex = new StringBuilder();
            int at = 0;
            java.util.regex.Matcher m = Pattern.compile("\\{([XY])}").matcher(vi);
            while (m.find()) {
                regex.append("(?iu:").append(Pattern.quote(vi.substring(at, m.start()))).append(")(?<").append(m.group(1)).append('>')
                        .append(name).append(')');
                at = m.end();
            }
            regex.append("(?iu:").append(Pattern.quote(vi.substring(at))).append(')');
            posts.add(new Post(Pattern.compile(regex.toString()), r.get("en")));
            if (!vi.contains("{")) {
                namedBodies.put(vi, r.get("en"));
            }
        }
        for (CSVRecord r : csv("gift-ideas.csv")) {
            gifts.add(giftIdea(r));
        }
        for (CSVRecord r : csv("province-gifts.csv")) {
            provinceGifts.add(new ProvinceGift(r.get("province"), giftIdea(r), r.get("source_vi"), r.get("source_en")));
        }
        for (CSVRecord r : csv("visit-phrases-en.csv")) {
            java.util.regex.Matcher slot = Pattern.compile("\\{(province|what)}").matcher(r.get("vi"));
            if (slot.find()) {
                slotPhrases.add(new SlotPhrase(Text.fold(r.get("vi").substring(0, slot.start())).toLowerCase(Locale.ROOT),
                        slot.group(1), Text.fold(r.get("vi").substring(slot.end())).toLowerCase(Locale.ROOT), r.get("en")));
            } else {
                visitPhrases.put(Text.fold(r.get("vi")), r.get("en"));
            }
        }
        for (CSVRecord r : csv("national-dates.csv")) {
            dates.add(new NationalDate(PartialDate.of(r.get(0)), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
        }
    }

    private static List<CSVRecord> csv(String name) {
        try (InputStream in = BriefData.class.getResourceAsStream("/assets/brief/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The pack's data file " + name + " is missing from the application.");
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setCommentMarker('#').get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the pack's data file " + name, e);
        }
    }

    private static GiftIdea giftIdea(CSVRecord r) {
        return new GiftIdea(r.get("id"), r.get("vi"), r.get("en"),
                Arrays.stream(r.get("words").split(";")).map(String::strip).map(Text::fold).toList(),
                Arrays.stream(r.get("suits").split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList(),
                Arrays.stream(r.get("months").split(";")).map(String::strip).filter(x -> !x.isEmpty())
                        .map(Integer::valueOf).toList(), r.get("kind"),
                // What the season of those months means for the gift (gift-ideas.csv; "" when only the months are known).
                r.isMapped("season_vi") ? r.get("season_vi") : "", r.isMapped("season_en") ? r.get("season_en") : "");
    }
}
