package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request of ours whose text is a statement about ourselves ("tỉnh sẽ …", "thành phố Huế sẽ …", "chúng tôi sẽ
 * …") is our promise, not something to ask of the guest: "Chúng tôi đề nghị Ngài … hỗ trợ: thành phố sẽ hoàn thành
 * …" asks them to support our own task. Such a text is said as our commitment ("Về phần mình, chúng tôi sẽ …").
 */
final class OurCommitments {
    /**
     * A clause whose subject is our side and whose verb is in the future: the unit word (any case), an optional
     * name in capitals ("tỉnh Gia Lai"), then "sẽ".
     */
    private static final Pattern OURS = Pattern.compile(
            "^(?:(?iu:phía|lãnh đạo|ubnd|chính quyền)\\s+)?"
                    + "(?:(?iu:tỉnh|thành phố|tp\\.?)(?:\\s+\\p{Lu}[\\p{L}\\p{M}.]*)*|(?iu:chúng tôi|phía ta))"
                    + "\\s+(?:(?iu:cũng|vẫn|luôn)\\s+)?(?iu:sẽ)\\s+(?<rest>.+)$");
    private static final Pattern CLAUSES = Pattern.compile("(?<=[,;])\\s+");

    private OurCommitments() {
    }

    /**
     * The point for a request that is our own promise, in the pack's language; null when the text asks something
     * of the guest.
     */
    static String said(String text, Labels l) {
        String[] clauses = CLAUSES.split(text.strip());
        List<String> out = new ArrayList<>();
        boolean firstOurs = false;
        boolean anyOurs = false;
        for (int i = 0; i < clauses.length; i++) {
            Matcher m = OURS.matcher(clauses[i]);
            if (m.matches()) {
                out.add("chúng tôi sẽ " + m.group("rest"));
                anyOurs = true;
                firstOurs |= i == 0;
            } else {
                out.add(clauses[i]);
            }
        }
        if (!anyOurs) {
            return null;
        }
        String joined = SpeechText.quoted(String.join(" ", out));
        return l.format(firstOurs ? "point.ours" : "point.ours.belief", firstOurs ? joined
                : SpeechText.lowerFirst(joined));
    }
}
