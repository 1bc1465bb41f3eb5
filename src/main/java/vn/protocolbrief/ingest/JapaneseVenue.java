package vn.protocolbrief.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * Where our delegation was received when it went to Japan: "đoàn công tác … đến thăm và làm việc tại tỉnh Niigata".
 * {@link PlaceFinder} knows only Vietnamese places; this reads the Japanese place a delegation visits. Only a
 * delegation's visit counts: "người Việt đang làm việc tại tỉnh Aichi" tells where workers live, not the venue.
 */
final class JapaneseVenue {
    /** A visit verb, then "tại" and a place: "thăm và làm việc tại tỉnh Niigata", "công tác tại Nhật Bản". */
    private static final Pattern VISIT = Pattern.compile("(?iuU)\\b(?:thăm|làm\\s+việc|công\\s+tác|chào\\s+xã\\s+giao)\\s+(?:tại|ở)\\s+"
            + "(?:((?:[Tt]ỉnh|[Tt]hành\\s+phố|TP\\.?|[Tt]hủ\\s+đô)\\s+)?(\\p{Lu}[\\p{L}]+)|(Nhật\\s+Bản))");
    /** "đoàn công tác", "trưởng đoàn", "tiếp đoàn": the sentence is about a delegation. */
    private static final Pattern DELEGATION = Pattern.compile("(?iuU)\\bđoàn\\b");

    private JapaneseVenue() {
    }

    /**
     * The place of a prefecture or a city that received our delegation ({@link OurDelegation}) when the text names no
     * place of the visit: the partner's own ("tỉnh Ibaraki, Nhật Bản"); else what {@link #find} reads.
     */
    static String find(List<Sentence> sentences, Japan japan, Draft.PartnerRef receiving) {
        String read = find(sentences, japan);
        boolean place = receiving != null && receiving.asWritten() != null
                && (PartnerKind.PREFECTURE.id().equals(receiving.kind()) || PartnerKind.MUNICIPALITY.id().equals(receiving.kind()));
        return place && (read == null || read.equals("Nhật Bản")) ? receiving.asWritten() + ", Nhật Bản" : read;
    }

    /** The Japanese place as written, with ", Nhật Bản", or "Nhật Bản"; null when no delegation's visit names one. */
    static String find(List<Sentence> sentences, Japan japan) {
        String country = null;
        for (Sentence s : sentences) {
            if (!s.body() && s.role() != Sentences.Role.HEADLINE) {
                continue;
            }
            Matcher m = VISIT.matcher(s.text());
            while (m.find()) {
                if (!DELEGATION.matcher(s.text().substring(0, m.start())).find()) {
                    continue;
                }
                if (m.group(3) != null) {
                    country = country == null ? "Nhật Bản" : country;
                    continue;
                }
                String word = m.group(2);
                if (!japan.isVietnamesePlaceWord(word)
                        && (japan.prefecture(word).isPresent() || japan.municipality(word, null).isPresent())) {
                    String level = m.group(1) == null ? "" : m.group(1).replaceAll("\\s+", " ");
                    return level + word + ", Nhật Bản";
                }
            }
        }
        return country;
    }
}
