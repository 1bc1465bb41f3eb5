package vn.protocolbrief.ingest;

import java.util.List;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * Someone named only in what another says ("Tổng Lãnh sự … nhấn mạnh: Năm 2019, Nhật hoàng Akihito thoái vị …") is
 * told of, not present: not a member of the delegation, still less its head.
 */
final class ReportedSpeech {
    /** A speech verb and the colon that opens the words it reports (general Vietnamese, on folded text). */
    private static final Pattern SAYS_COLON = Pattern.compile(
            "(?<!\\p{L})(?:khang dinh|cho biet|nhan manh|chia se|phat bieu|noi|bay to)\\s*:");

    private ReportedSpeech() {
    }

    /** True when every mention of the person stands after another speaker's "… nhấn mạnh:" in its sentence. */
    static boolean only(ArticlePerson p, List<Sentence> sentences) {
        return !p.mentions.isEmpty() && p.mentions.stream().allMatch(f -> {
            String text = sentences.get(f.sentence()).text();
            int start = f.titleStart() >= 0 ? Math.min(f.start(), f.titleStart()) : f.start();
            return SAYS_COLON.matcher(Text.fold(text.substring(0, start)).toLowerCase(java.util.Locale.ROOT)).find();
        });
    }
}
