package vn.protocolbrief.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * When the province goes to the partner ("đoàn công tác tỉnh A do Chủ tịch UBND tỉnh B làm trưởng đoàn đã đến chào xã
 * giao tỉnh Niigata. Tiếp đoàn có ngài C"), our people are our delegation and the partner receives it: the side alone
 * does not make our officials hosts. Two things of general grammar decide, both needed: the role words put one of our
 * officials at the head of a delegation ("do … làm trưởng đoàn", "do … dẫn đầu", a title "Trưởng đoàn"), and a
 * Japanese person receives a delegation ("Tiếp đoàn có ngài C", "ngài C chào mừng đoàn …").
 */
final class OurDelegation {
    private OurDelegation() {
    }

    /** "do" closing the words before the name or its title: the agent of a delegation ("đoàn … do ông A"). */
    private static final Pattern LED_BY = Pattern.compile("(?iuU)(?<!\\p{L})do\\s*$");
    /** The words that say who leads a delegation ("do ông A làm trưởng đoàn", "dẫn đầu", "dẫn đoàn"): one list. */
    static final String LEAD_WORDS = "(?<!\\p{L})(?:làm trưởng đoàn|dẫn đầu|dẫn đoàn)(?!\\p{L})";
    /** The lead words anywhere in a text. */
    private static final Pattern LEAD = Pattern.compile("(?iuU)" + LEAD_WORDS);
    /** What the head of a delegation does, after the name and title, before the clause ends. */
    private static final Pattern LEADS = Pattern.compile("(?iuU)^[^.;:!?]{0,120}?" + LEAD_WORDS);
    /** "Tiếp đoàn có ngài …", "Đón đoàn có …": the receiver named after the verb. */
    private static final Pattern RECEIVER_AFTER = Pattern.compile("(?iuU)(?<!\\p{L})(?:tiếp|đón|tiếp đón)\\s+đoàn(?:\\s+công tác)?\\s+có\\s*$");
    /**
     * "… chào mừng đoàn", "… tiếp đoàn", "… tiếp và làm việc với Đoàn đại biểu tỉnh A", "… đã dành thời gian tiếp
     * đoàn": the receiver named before the verb. Who receives whom decides the roles, whichever side receives.
     */
    private static final Pattern RECEIVER_BEFORE = Pattern.compile("(?iuU)^[\\s,–—-]*(?:đã\\s+)?(?:có buổi\\s+)?"
            + "(?:dành thời gian\\s+)?(?:tiếp xã giao|tiếp và làm việc với|tiếp đón|đón tiếp|tiếp|đón|chào mừng)"
            + "\\s+đoàn(?!\\p{L})");

    /**
     * The name of the official of ours who heads our delegation to the partner, or null when our side is not the
     * visiting delegation.
     */
    static String head(List<Sentence> sentences, List<VietnamesePeople.Found> ours, List<ArticlePerson> theirs) {
        if (!received(sentences, theirs)) {
            return null;
        }
        for (VietnamesePeople.Found f : ours) {
            if (!f.national() && leads(sentences.get(f.sentence()).text(), f)) {
                return f.name();
            }
        }
        return null;
    }

    /** Whether this mention names our official as the head of a delegation. */
    private static boolean leads(String text, VietnamesePeople.Found f) {
        if (f.title() != null && (" " + Text.key(f.title()) + " ").contains(" truong doan ")) {
            return true;
        }
        String before = text.substring(0, f.start()).replaceAll("(?iuU)[\\s,–—-]*(?:ông|bà|đồng chí)?[\\s,–—-]*$", "");
        // The title may stand between "do" and the name: "do Phó Chủ tịch UBND tỉnh - Trần Văn A".
        int title = f.title() == null ? -1 : before.lastIndexOf(f.title().split(",")[0].strip());
        boolean ledBy = LED_BY.matcher(before).find() || title >= 0 && LED_BY.matcher(before.substring(0, title)).find();
        int end = Math.min(text.length(), f.start() + f.name().length());
        return ledBy && LEADS.matcher(text.substring(end)).find();
    }

    /**
     * Whether the evidence writes our official as the one who leads the delegation ("do ông A … làm trưởng đoàn"):
     * "do" before the name in the same clause, the lead words after it, and no lead words between (there "do" led
     * the guests: "đoàn tỉnh X do ông B làm trưởng đoàn … được ông A tiếp").
     */
    static boolean ledIn(String text, String name) {
        int at = text == null || name == null ? -1 : text.indexOf(name);
        if (at < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, at - 120), at);
        int by = Math.max(before.lastIndexOf(" do "), before.startsWith("do ") ? 0 : -1);
        String after = text.substring(at + name.length());
        Matcher leads = LEAD.matcher(after);
        return by >= 0 && !before.substring(by).matches("(?s).*[.;].*") && !LEAD.matcher(before.substring(by)).find()
                && leads.find() && !after.substring(0, leads.start()).matches("(?s).*[.;].*") && leads.start() < 140;
    }

    /** Whether a Japanese person receives a delegation ("Tiếp đoàn có ngài A", "Thống đốc A chào mừng đoàn …"). */
    private static boolean received(List<Sentence> sentences, List<ArticlePerson> theirs) {
        for (ArticlePerson p : theirs) {
            for (JapanesePeople.Found m : p.mentions) {
                String text = sentences.get(m.sentence()).text();
                int start = m.titleStart() >= 0 ? Math.min(m.start(), m.titleStart()) : m.start();
                int end = Math.max(m.end(), m.titleEnd());
                String before = text.substring(0, start).replaceAll("(?iuU)(?:ông|bà|ngài)\\s*$", "");
                if (RECEIVER_AFTER.matcher(before).find()
                        || end <= text.length() && RECEIVER_BEFORE.matcher(text.substring(end)).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
