package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.GiftDraft;
import vn.protocolbrief.ingest.Draft.PersonRef;

/**
 * Gifts exchanged at the meeting, both ways, from the story and its photo captions: "A tặng quà lưu niệm cho B",
 * "A trao tặng B bức tranh", "A tặng quà B", "hai bên trao tặng quà cho nhau". Who gave is the side of the person
 * or body named before the verb, else the other side of the receiver. Aid handed over (vehicles, equipment, a sum,
 * a grant) is not a gift, nor are flowers of welcome, a decoration, or a gift of an earlier project.
 */
final class GiftFinder {
    private static final Pattern VERB = Pattern.compile("(?iuU)(?<!\\p{L})(trao\\s+tặng|tặng|trao(?!\\s+đổi))(?!\\p{L})");
    /** "… cho nhau", "hai bên … trao tặng quà": both sides gave. */
    private static final Pattern MUTUAL = Pattern.compile("(?iuU)(cho\\s+nhau|lẫn\\s+nhau|trao\\s+đổi\\s+quà|"
            + "hai\\s+bên|đôi\\s+bên)");
    /** What makes a thing handed over a gift rather than a handshake or an award. */
    private static final Pattern GIFT_THING = Pattern.compile("(?iuU)(quà|lưu\\s+niệm|kỷ\\s+niệm|kỉ\\s+niệm|tranh|"
            + "biểu\\s+tượng|biểu\\s+trưng|bức|tượng|cây|sách|sản\\s+phẩm|đặc\\s+sản|mô\\s+hình|búp\\s+bê|bình|gốm|"
            + "trống|áo|khăn|lá\\s+cờ|album)");
    /** Aid, an award, flowers of welcome, a project: not a gift of the meeting. */
    private static final Pattern NOT_GIFT = Pattern.compile("(?iuU)(trị\\s+giá|tỷ\\s+đồng|triệu\\s+đồng|USD|yên\\b|"
            + "xe\\s|thiết\\s+bị|học\\s+bổng|viện\\s+trợ|tài\\s+trợ|hỗ\\s+trợ|ủng\\s+hộ|kinh\\s+phí|Huân\\s+chương|"
            + "Bằng\\s+khen|Kỷ\\s+niệm\\s+chương|danh\\s+hiệu|giải\\s|^\\s*hoa\\b|dự\\s+án)");
    private static final Pattern PRESENT = Pattern.compile(
            "(?iuU)^((?:những\\s+|các\\s+)?(?:phần\\s+)?quà(?:\\s+(?:lưu|kỷ|kỉ)\\s+niệm)?)");
    /** "kế hoạch trao tặng …", "sẽ tặng …": a gift still to come. */
    private static final Pattern PLANNED = Pattern.compile("(?iuU)(kế\\s+hoạch|sẽ|dự\\s+kiến|chuẩn\\s+bị|về\\s+việc)\\s*$");
    private static final Pattern TO = Pattern.compile("(?iuU)\\s(cho|đến|tới)\\s+");
    /** A receiver named right after the verb: a place, a body, a person with an honorific or a title. */
    private static final Pattern RECEIVER_FIRST = Pattern.compile("(?uU)^(?:[Ll]ãnh\\s+đạo\\s+)?([Tt]ỉnh|[Tt]hành\\s+phố|"
            + "TP\\.?|UBND|[Đđ]oàn|[Ôô]ng|[Bb]à|[Nn]gài|Đại\\s+sứ|Tổng\\s+Lãnh\\s+sự|Thống\\s+đốc|Thị\\s+trưởng|"
            + "Chủ\\s+tịch|Phó\\s+Chủ\\s+tịch|Bí\\s+thư|\\p{Lu}\\p{Ll}+\\s+\\p{Lu})");
    private static final Pattern JP_WORDS = Pattern.compile("(nhat ban|\\bdai su\\b|tong lanh su|thong doc|thi truong|"
            + "doan nhat|phia nhat|hoi huu nghi|jica|jetro)");
    private static final Pattern VN_WORDS = Pattern.compile("(\\bubnd\\b|\\bhdnd\\b|tinh uy|thanh uy|lanh dao tinh|"
            + "lanh dao thanh pho|uy ban nhan dan|hoi dong nhan dan|mttq|doan cong tac tinh|phia viet nam|so ngoai vu)");

    private final List<String> ourPlaces;

    /** @param ourPlaces the province's names as the article writes them: a gift to them is a gift to our side */
    GiftFinder(List<String> ourPlaces) {
        this.ourPlaces = ourPlaces.stream().filter(p -> p != null && !p.isBlank()).map(Text::key).toList();
    }

    List<GiftDraft> gifts(List<Sentences.Sentence> sentences, List<PersonRef> people) {
        List<GiftDraft> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();

        for (Sentences.Sentence s : sentences) {
            // "… Ảnh: H.THU" credits the photo; "Ảnh: A trao tặng quà lưu niệm cho B" is a caption telling of a gift.
            String text = s.text().replaceFirst("(?iuU)^\\s*Ảnh\\s*:\\s*", "")
                    .replaceFirst("(?iuU)[\\s.|–—-]*Ảnh\\s*:\\s*\\S+(?:\\s+\\S+){0,4}\\s*$", "");
            Matcher v = VERB.matcher(text);
            while (v.find()) {
                String before = text.substring(0, v.start());
                String after = text.substring(v.end()).strip();
                String[] clauses = after.split("[.;!?]|\\s[-–—]\\s|,\\s");
                String clause = clauses.length == 0 ? "" : clauses[0];
                if (!GIFT_THING.matcher(clause).find() || NOT_GIFT.matcher(clause).find()
                        || NOT_GIFT.matcher(tail(before, 30)).find() || PLANNED.matcher(tail(before, 30)).find()) {
                    continue;
                }
                String item;
                String receiverText;
                Matcher to = TO.matcher(clause);
                if (to.find()) {
                    item = clause.substring(0, to.start());
                    receiverText = clause.substring(to.end());
                } else if (RECEIVER_FIRST.matcher(clause).find() && !clause.toLowerCase().startsWith("quà")) {
                    // "trao tặng tỉnh Tây Ninh 200 cây …": the receiver, then the thing.
                    int thing = firstThing(clause);
                    receiverText = thing > 0 ? clause.substring(0, thing) : clause;
                    item = thing > 0 ? clause.substring(thing) : clause;
                } else {
                    // "tặng quà lưu niệm ông X", "tặng quà lưu niệm": the thing, then whoever gets it.
                    Matcher gift = PRESENT.matcher(clause);
                    item = gift.find() ? gift.group(1) : clause;
                    receiverText = gift.find(0) ? clause.substring(gift.end(1)) : "";
                    // "những phần quà mang nét đặc trưng …": words describing the gift name nobody who received it.
                    if (!RECEIVER_FIRST.matcher(receiverText.strip()).find() && mentioned(receiverText, people) == null) {
                        receiverText = "";
                    }
                }
                item = item.strip();
                if (item.isEmpty()) {
                    continue;
                }
                PersonRef giver = mentioned(tail(before, 140), people);
                PersonRef receiver = mentioned(receiverText, people);
                if (receiver == null) {
                    // "cho ngài Đại sứ …", "cho Thống đốc": the guest named by the post the head of their side holds.
                    receiver = byPost(receiverText, people);
                }
                String giverSide = giver != null ? giver.side() : side(tail(before, 80));
                String receiverSide = receiver != null ? receiver.side() : side(receiverText);
                String around = text.substring(Math.max(0, v.start() - 40), Math.min(text.length(), v.end() + 80));
                String subject = tail(before, 80);
                // "Lãnh đạo tỉnh A và Đại học B đã trao tặng những phần quà": both named as givers, nobody receiving.
                boolean mutual = MUTUAL.matcher(around).find()
                        || receiverText.isBlank() && subject.matches("(?s).*\\p{Lu}.*\\s(và|cùng)\\s.*\\p{Lu}.*");
                String giverName = giver != null ? giver.name() : subjectPhrase(before, 60);
                String receiverName = receiver != null ? receiver.name() : phrase(receiverText);
                if (mutual) {
                    add(out, seen, new GiftDraft(capitalised(item), null, null, "vn_to_jp", s.text()), null);
                    add(out, seen, new GiftDraft(capitalised(item), null, null, "jp_to_vn", s.text()), null);
                    continue;
                }
                String direction = "jp".equals(giverSide) || giverSide == null && "vn".equals(receiverSide)
                        ? "jp_to_vn" : "vn_to_jp";
                add(out, seen, new GiftDraft(capitalised(item), giverName, receiverName, direction, s.text()),
                        giver != null ? giver.name() : null);
            }
        }
        return out;
    }

    /**
     * A caption and the story may tell of one gift twice: once per giver and receiver in each direction; a telling
     * that names no giver adds nothing to one that does.
     */
    private static void add(List<GiftDraft> out, Set<String> seen, GiftDraft g, String giverName) {
        for (int i = 0; i < out.size(); i++) {
            GiftDraft o = out.get(i);
            if (!o.direction().equals(g.direction()) || !sameReceiver(o.receiver(), g.receiver())) {
                continue;
            }
            if (giverName == null) {
                return;
            }
            if (o.giver() == null) {
                out.set(i, g);
                return;
            }
        }
        String key = g.direction() + "|" + Text.key(giverName) + "|" + Text.key(g.receiver());
        if (seen.add(key)) {
            out.add(g);
        }
    }

    private static boolean sameReceiver(String a, String b) {
        String x = Text.key(a);
        String y = Text.key(b);
        return x.isEmpty() || y.isEmpty() || x.contains(y) || y.contains(x);
    }

    private static int firstThing(String clause) {
        Matcher n = Pattern.compile("(?uU)\\s(\\d[\\d.,]*\\s|(?:một|những|các|bức|biểu|bộ|món|cuốn|chiếc)\\s)").matcher(clause);
        if (n.find()) {
            return n.start() + 1;
        }
        // "tặng Thống đốc X quà lưu niệm": no number or measure word, the gift is the word "quà" on.
        Matcher present = Pattern.compile("(?iuU)\\s(?:phần\\s+)?quà\\b").matcher(clause);
        return present.find() ? present.start() + 1 : -1;
    }

    /** The side a phrase names: a Japanese body or title, or one of ours (our province named). */
    private String side(String phrase) {
        String f = Text.fold(phrase == null ? "" : phrase);
        String k = " " + Text.key(phrase) + " ";
        if (ourPlaces.stream().anyMatch(p -> k.contains(" " + p + " ")) && !JP_WORDS.matcher(f).find()) {
            return "vn";
        }
        int jp = lastMatch(JP_WORDS, f);
        int vn = lastMatch(VN_WORDS, f);
        if (jp < 0 && vn < 0) {
            return null;
        }
        return jp > vn ? "jp" : "vn";
    }

    private static int lastMatch(Pattern p, String f) {
        Matcher m = p.matcher(f);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    private static String tail(String s, int n) {
        return s.substring(Math.max(0, s.length() - n));
    }

    /**
     * The giver as the text names them: the words just before the verb, after the last break ("Nhân dịp này, đoàn
     * tỉnh X trao tặng": the opening words are no giver), and never a word cut by the window.
     */
    private static String subjectPhrase(String before, int n) {
        int from = Math.max(0, before.length() - n);
        String s = before.substring(from);
        if (from > 0 && Character.isLetter(before.charAt(from - 1))) {
            s = s.replaceFirst("^\\S*", ""); // the window began mid-word
        }
        String[] parts = s.replaceAll("\\s*\\([^)]*\\)", "").split("[,;:|]|(?<!\\bTP|\\bTp)\\.|\\s[-–—]\\s", -1);
        return phrase(parts[parts.length - 1]);
    }

    /** A receiver or giver as the text names them, cut to a few words. */
    private static String phrase(String s) {
        // "lãnh đạo TP. Izumisano": the full stop of an abbreviation does not end the phrase.
        String[] parts = s == null ? new String[0] : s.strip().replaceAll("\\s*\\([^)]*\\)", "")
                .split("[,;:|]|(?<!\\bTP|\\bTp)\\.|\\s[-–—]\\s");
        String t = parts.length == 0 ? "" : parts[0].strip();
        String[] words = t.split("\\s+");
        if (words.length > 10) {
            t = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 10, words.length));
        }
        return t.isBlank() ? null : t;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The one Japanese person whose post the phrase begins with ("ngài Đại sứ Đặc mệnh toàn quyền …" for the
     * ambassador), or null when none or several hold it.
     */
    private static PersonRef byPost(String text, List<PersonRef> people) {
        String key = Text.key(text).replaceFirst("^(?:ong|ba|ngai)\\s+", "");
        if (key.isEmpty()) {
            return null;
        }
        List<PersonRef> holders = new ArrayList<>();
        for (PersonRef p : people) {
            String post = Text.key(p.title());
            if ("jp".equals(p.side()) && !post.isEmpty()) {
                String[] words = post.split(" ");
                String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(2, words.length)));
                if (key.startsWith(head + " ") || key.equals(head)) {
                    holders.add(p);
                }
            }
        }
        return holders.size() == 1 ? holders.get(0) : null;
    }

    /** The person a phrase names: full name either order, or a Japanese family name alone ("ông Kato"). */
    private static PersonRef mentioned(String text, List<PersonRef> people) {
        String key = " " + Text.key(text) + " ";
        PersonRef best = null;
        int bestAt = -1;
        for (PersonRef p : people) {
            List<String> forms = new ArrayList<>();
            if (p.givenName() != null) {
                forms.add(Text.key(p.familyName() + " " + p.givenName()));
                forms.add(Text.key(p.givenName() + " " + p.familyName()));
                if ("vn".equals(p.side())) {
                    forms.add(Text.key(p.givenName()));
                }
            }
            if ("jp".equals(p.side()) && p.familyName() != null && p.familyName().length() >= 3) {
                forms.add(Text.key(p.familyName()));
            }
            for (String f : forms) {
                int at = key.lastIndexOf(" " + f + " ");
                if (!f.isBlank() && at > bestAt) {
                    best = p;
                    bestAt = at;
                }
            }
        }
        return best;
    }
}
