package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * Whether the two sides meet in the article other than by a reception's words: one side named as the subject of an
 * encounter's verb and the other as its object ("Thống đốc A gặp Chủ tịch B"), or both present at one event — a
 * ceremony, a festival, a conference, a planting — told by who attended ("Tham dự có …"), who co-chaired or
 * co-organised it, or who did something together ("Đại sứ A cùng lãnh đạo tỉnh B trồng cây"). A party is a Japanese
 * person or body, and our provincial official or province (not a venue, not a national post).
 */
final class MeetingSigns {
    /**
     * The verbs of an encounter, general Vietnamese: "gặp", "đón", "thăm", "tiếp", "hội đàm", "làm việc" ("tiếp tục",
     * "đón nhận" are other verbs). One side named before the verb and the other as its object tell a meeting,
     * whichever side is the subject ("Thống đốc A gặp Chủ tịch UBND tỉnh B", "ông A đã đến thăm tỉnh B").
     */
    private static final Pattern ENCOUNTER = Pattern.compile(
            "(?iuU)(?<!\\p{L})(?:gặp(?:\\s+gỡ|\\s+mặt)?|đón(?!\\s+nhận)|thăm|tiếp(?!\\s+(?:tục|nhận|cận|thu|theo|tế))"
            + "|hội đàm|làm việc)(?!\\p{L})");
    /**
     * Doing something together: "A cùng B trồng cây", "A cùng B chụp ảnh lưu niệm" ("cùng ngày", "cùng nhau",
     * "cùng có lợi" are no company).
     */
    private static final Pattern TOGETHER = Pattern.compile(
            "(?iuU)(?<!\\p{L})cùng(?!\\s+(?:ngày|nhau|với nhau|có lợi|chung|lúc|thời|kỳ|một))(?!\\p{L})");
    /** Between a verb and its object: a few words, no clause break, no possessive ("thăm gian hàng của …"). */
    private static final Pattern OBJECT_GAP = Pattern.compile("(?iuU)^[^,.;:!?()]{0,60}$");
    /** "sẽ", "dự kiến": what a sentence tells is yet to happen. */
    static final Pattern PLANNED = Pattern.compile("(?iuU)(?<!\\p{L})(?:sẽ|dự kiến)(?!\\p{L})");

    /**
     * Japan named as a country anywhere in the article: "Nhật Bản", "Japan", "Việt - Nhật", "người/tiếng/phía Nhật"
     * ("Nhật" alone is also a Vietnamese given name: "Nguyễn Sinh Nhật Tân").
     */
    private static final Pattern JAPAN_NAMED = Pattern.compile("(?uU)Nhật\\s+Bản|NHẬT\\s+BẢN|(?i:japan)|Việt\\s*[-–]\\s*Nhật"
            + "|Nhật\\s*[-–]\\s*Việt|(?i:người|tiếng|phía|doanh nghiệp|đối tác)\\s+Nhật(?!\\p{L})");

    private MeetingSigns() {
    }

    /** Where a party is named in a sentence; {@code japanese} tells the side, {@code person} a person from a body or place. */
    record Party(int sentence, int start, int end, boolean japanese, boolean person) {
    }

    /** Every party the article names: Japanese people and bodies, our provincial officials, provinces not as venues. */
    static List<Party> parties(List<ArticlePerson> people, List<Candidate> jpBodies, List<VietnamesePeople.Found> vnFound,
                               List<PlaceFinder.Mention> places) {
        List<Party> parties = new ArrayList<>();
        for (ArticlePerson p : people) {
            if (!p.deceased) {
                for (JapanesePeople.Found f : p.mentions) {
                    int start = f.titleStart() >= 0 ? Math.min(f.start(), f.titleStart()) : f.start();
                    parties.add(new Party(f.sentence(), start, f.end(), true, true));
                }
            }
        }
        jpBodies.forEach(c -> c.mentions.forEach(m -> parties.add(new Party(m.sentence(), m.start(), m.end(), true, false))));
        vnFound.stream().filter(f -> !f.national()).forEach(f -> parties.add(new Party(f.sentence(), f.start(),
                f.start() + f.name().length(), false, true)));
        places.stream().filter(m -> !m.venue()).forEach(m -> parties.add(new Party(m.sentence(), m.start(), m.end(), false, false)));
        return parties;
    }

    /** One side names the other as the object of an encounter's verb. */
    static boolean encounter(List<Sentence> sentences, List<Party> parties) {
        return subjectAndObject(sentences, parties, ENCOUNTER);
    }

    /**
     * Both sides at one event: a sentence of attendance or co-organisation ("Tham dự có …", "… phối hợp với … tổ
     * chức", "… đồng chủ trì") naming both, or naming one with the next sentence naming the other ("Về phía tỉnh …
     * có …"); or one side doing something together with the other ("A cùng lãnh đạo tỉnh B trồng cây"). What is
     * yet to happen ("đoàn sẽ tham dự …") is no meeting.
     */
    static boolean atOneEvent(List<Sentence> sentences, List<Party> parties, Cues cues) {
        List<String> presence = cues.cues("presence");
        List<String> otherSide = cues.cues("presence_other_side");
        for (Sentence s : sentences) {
            String key = cues.k(s.text());
            if (PLANNED.matcher(s.text()).find()) {
                continue;
            }
            boolean japanese = hasSide(parties, s.index(), true, false);
            // Our side at an event is a named official: a province named beside a Japanese body at a national
            // body's event is no meeting of the province's.
            boolean ours = hasSide(parties, s.index(), false, true);
            boolean attended = has(key, presence) || coOrganised(key, cues);
            if (japanese && ours && (attended || chairedByBoth(key, parties, s.index(), cues))) {
                return true;
            }
            int next = s.index() + 1;
            if (attended && (japanese || ours) && next < sentences.size()
                    && opensWith(cues.k(sentences.get(next).text()), otherSide) && hasSide(parties, next, !japanese, japanese)) {
                return true;
            }
        }
        return subjectAndObject(sentences, parties, TOGETHER);
    }

    /** "A phối hợp với B tổ chức …": organising an event together (not "phối hợp với JICA triển khai dự án"). */
    private static boolean coOrganised(String key, Cues cues) {
        return cues.cues("co_organise").stream().anyMatch(c -> {
            int at = Cues.indexOfWord(key, c);
            return at >= 0 && Cues.indexOfWord(key, cues.phrase("tổ chức"), at) >= 0;
        });
    }

    /** "A và B đồng chủ trì": chairing is co-presence only when a person of each side is named with it. */
    private static boolean chairedByBoth(String key, List<Party> parties, int sentence, Cues cues) {
        return Cues.indexOfWord(key, cues.phrase("chủ trì")) >= 0 && hasSide(parties, sentence, true, true)
                && hasSide(parties, sentence, false, true);
    }

    private static boolean has(String key, List<String> phrases) {
        return phrases.stream().anyMatch(c -> Cues.indexOfWord(key, c) >= 0);
    }

    private static boolean opensWith(String key, List<String> phrases) {
        String k = key.strip();
        return phrases.stream().anyMatch(c -> k.startsWith(c + " "));
    }

    private static boolean hasSide(List<Party> parties, int sentence, boolean japanese, boolean person) {
        return parties.stream().anyMatch(p -> p.sentence() == sentence && p.japanese() == japanese && (!person || p.person()));
    }

    /** A sentence where one side is named before the verb and the other is its object, a few words after it. */
    private static boolean subjectAndObject(List<Sentence> sentences, List<Party> parties, Pattern verb) {
        for (Sentence s : sentences) {
            List<Party> here = parties.stream().filter(p -> p.sentence() == s.index()).toList();
            if (here.stream().noneMatch(Party::japanese) || here.stream().allMatch(Party::japanese)) {
                continue;
            }
            Matcher v = verb.matcher(s.text());
            while (v.find()) {
                int verbEnd = v.end();
                Party object = here.stream().filter(p -> p.start() >= verbEnd)
                        .min(Comparator.comparingInt(Party::start)).orElse(null);
                if (object == null) {
                    continue;
                }
                String gap = s.text().substring(verbEnd, object.start());
                boolean near = OBJECT_GAP.matcher(gap).matches() && gap.strip().split("\\s+").length <= 6
                        && Cues.indexOfWord(" " + Text.key(gap) + " ", "cua") < 0;
                int verbStart = v.start();
                if (near && here.stream().anyMatch(p -> p.japanese() != object.japanese() && p.end() <= verbStart)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Another country's body is named and Japan never is: the article is about that country's partner (a province
     * meeting Korea), however much a Japanese body's seat ("Tổng Lãnh sự … tại TP.HCM") or a name's shape looks
     * Japanese.
     */
    static boolean anotherCountryOnly(List<Candidate> foreign, String text) {
        return !foreign.isEmpty() && !JAPAN_NAMED.matcher(text).find();
    }
}
