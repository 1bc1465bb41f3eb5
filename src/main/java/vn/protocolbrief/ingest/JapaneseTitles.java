package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/**
 * Where a Japanese person's title begins and ends around their name: "Phó Thị trưởng thành phố Sakai (Nhật Bản)"
 * before it, "– Chủ tịch Hội …, kiêm cố vấn …" after it, cut where a verb or a clause starts. The title words
 * are the Japanese and generic titles of the data, plus those the office taught.
 */
final class JapaneseTitles {
    /** "tân Tổng Lãnh sự", "nguyên Thống đốc": a word before the title that is not part of it. */
    private static final Pattern TITLE_PREFIX = Pattern.compile("(?iuU)^(?:tân|nguyên|quyền)\\s+");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[,–—-]|\\()\\s*");
    private static final Pattern SPACE_ONLY = Pattern.compile("^ (?=\\p{L})");
    /** The head word of a body a post belongs to, written after the post and a comma (folded). */
    private static final Pattern BODY_HEAD = Pattern.compile("^(?:van phong|co quan|to chuc|dai su quan|tong lanh su quan"
            + "|lanh su quan|so |ban |vu |cuc |bo |hoi dong|hoi |tap doan|cong ty|truong dai hoc|dai hoc|vien )");
    private static final Pattern TITLE_END = Pattern.compile("(?iuU)[,;)(]|(?<!TP)(?<!Tp)\\.|\\s(?:làm trưởng đoàn|dẫn đầu|dẫn đoàn|cùng|đã|đang|cũng|sẽ|vẫn|luôn|"
            + "và|cho biết|bày tỏ|khẳng định|nhấn mạnh|phát biểu|chia sẻ|tiếp|sang|đến|tới|để|nhằm|với|vừa|về|mong muốn|"
            + "trao tặng|tặng|trao|thăm|chúc mừng|cảm ơn|đánh giá|thông tin|giới thiệu|đề nghị|đề xuất|là|hội đàm|làm việc|"
            + "chủ trì|có buổi|có cuộc|được|tại buổi|tại cuộc|tại lễ|tại hội nghị|tại hội thảo|tại chương trình|"
            + "trong (?:buổi|cuộc|chuyến|dịp|thời gian|khuôn khổ|lần)|nhân (?:dịp|chuyến)|vào ngày)"
            + "(?=[\\s.,;:]|$)|\\s*[-–]\\s*Ảnh\\b");

    private final IngestData data = IngestData.get();
    private final List<String> learnedTitles;
    private List<IngestData.Title> titles;

    JapaneseTitles(List<String> learnedTitles) {
        this.learnedTitles = learnedTitles;
    }

    /**
     * The Japanese title written just before a name, with the body it names: "Phó Thị trưởng thành phố Sakai
     * (Nhật Bản) Motoya…", "Tổng lãnh sự Nhật Bản tại TPHCM Ono…", "Thống đốc tỉnh Shizuoka - Heita…".
     * Only a separator or an honorific may stand between title and name.
     */
    int[] titleBefore(String text, int start) {
        int from = Math.max(0, start - 140);
        String head = text.substring(from, start);
        String foldedHead = Text.fold(head);
        int best = -1;
        int bestEnd = -1;
        List<int[]> spans = new ArrayList<>();
        for (IngestData.Title t : titles()) {
            for (int at : Tokens.find(foldedHead, t.folded())) {
                spans.add(new int[]{at, at + t.folded().length()});
            }
        }
        // The title nearest the name, then any title it continues ("Phó Thị trưởng" before "Thị trưởng thành phố").
        for (int[] span : spans) {
            if (titleTail(head.substring(span[1])) && (span[0] > best)) {
                best = span[0];
                bestEnd = span[1];
            }
        }
        if (best < 0) {
            return null;
        }
        boolean extended = true;
        while (extended) {
            extended = false;
            for (int[] span : spans) {
                if (span[0] < best && span[1] >= best) {
                    best = span[0];
                    extended = true;
                }
            }
        }
        String tail = head.replaceAll("(?iuU)[\\s,–—-]*(ông|bà|ngài|" + ACADEMIC + ")?[\\s,–—-]*$", "");
        int end = tail.length();
        if (end <= best || end < bestEnd) {
            return null;
        }
        return new int[]{from + best, from + end};
    }

    /** A person's name, with or without a form of address, then a separator: where a list's next title starts. */
    private static final Pattern NAME_THEN_SEPARATOR = Pattern.compile(
            "(?:(?:^|[\\s,(])(?:ông|bà|ngài|Ông|Bà|Ngài)\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){1,3}"
            + "|(?:^|[,;:]\\s*)\\p{Lu}[a-zA-Z]+\\s+\\p{Lu}[a-zA-Z]+)\\s*(?:,|\\s[–—-])\\s*$");

    /**
     * True when the text before a title ends with a name and a separator ("ông A – Thống đốc tỉnh, ông B"): the
     * title is the earlier name's, written after it, whatever name follows.
     */
    static boolean followsAnotherName(String text, int titleStart) {
        Matcher m = NAME_THEN_SEPARATOR.matcher(text.substring(0, titleStart)).region(Math.max(0, titleStart - 60), titleStart)
                .useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.find()) {
            return false;
        }
        // After a form of address, "Nhật Bản" ends a body's name, not a person's.
        String run = m.group().replaceAll("[\\s,–—-]+$", "").strip();
        return !run.matches("(?s).*\\b(?:Nhật Bản|Việt Nam)$");
    }

    /** "tại Đà Nẵng", "tại Thành phố Hồ Chí Minh", "tại TP.HCM": "tại" and the capitalised words of a place. */
    private static final Pattern PLACE_OF_POST = Pattern.compile(
            "\\btại\\s+(?:(?:[Tt]hành phố|[Tt]ỉnh|TP\\.?)\\s*)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*", Pattern.UNICODE_CHARACTER_CLASS);

    /** Academic forms of address written before a name, after the title ("…, giáo sư Tanaka"). */
    private static final String ACADEMIC = "giáo sư|phó giáo sư|tiến sĩ|pgs\\.?\\s*ts\\.?|pgs\\.?|gs\\.?\\s*ts\\.?|gs\\.?|ts\\.?";

    /** What may follow a title before the name: its body ("tỉnh Shizuoka", "Nhật Bản tại TPHCM"), a separator. */
    private static boolean titleTail(String between) {
        if (between.length() > 110) {
            return false;
        }
        // No sentence or clause break except a comma before a bare honorific ("Phó Thị trưởng thành phố, ông …").
        String b = between.replaceAll("(?iuU),\\s*(ông|bà|ngài|" + ACADEMIC + ")\\s*$", " ");
        // The place of the post ("… Nhật Bản tại Đà Nẵng", "tại TP.HCM"): capitalised words after "tại" name a
        // place, neither a sentence's stop, nor a verb once folded ("Đà" is no "đã"), nor a Vietnamese person.
        b = PLACE_OF_POST.matcher(b).replaceAll(" tại nơi ");
        if (b.matches("(?s).*[.;:!?,].*")) {
            return false;
        }
        // Nor a verb, a Vietnamese body or a person of its own between them.
        String k = Text.key(b);
        // "đoàn … Nhật Bản có ông X": "có" introduces the person; the words before it are no title of theirs.
        if (Text.lowerKey(b).matches("(?:.* )?có(?: .*)?")) {
            return false;
        }
        return !k.matches(".*\\b(va|cung|da|voi|tiep|do|lam viec|den|sang|la|tang|trao|gap|cam on|danh gia|chao|tham"
                + "|ubnd|hdnd|tinh uy|thanh uy|dong chi|phat bieu|cho biet)\\b.*")
                && !b.matches("(?s).*\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+.*[^)]\\s*$");
    }

    /** "Kato Hirosuke - Chủ tịch Hội …", "Maeda Toshimichi, Chủ tịch Hội làm Trưởng đoàn": the title after. */
    int[] titleAfter(String text, int end) {
        Matcher sep = SEPARATOR.matcher(text.substring(end));
        int start;
        if (sep.find()) {
            start = end + sep.end();
        } else if (SPACE_ONLY.matcher(text.substring(end)).find()) {
            // "cô Yasuda Ami tình nguyện viên …": a title of two words or more may follow with no comma at all.
            start = end + 1;
            String folded = Text.fold(text.substring(start, Math.min(text.length(), start + 60)));
            if (titles().stream().noneMatch(t -> t.folded().contains(" ") && folded.startsWith(t.folded())
                    && Tokens.wordEnds(folded, t.folded().length()))) {
                return null;
            }
        } else {
            return null;
        }
        Matcher prefix = TITLE_PREFIX.matcher(text.substring(start));
        if (prefix.find()) {
            start += prefix.end();
        }
        String rest = text.substring(start);
        String folded = Text.fold(rest);
        for (IngestData.Title t : titles()) {
            if (folded.startsWith(t.folded()) && Tokens.wordEnds(folded, t.folded().length())) {
                Matcher stop = TITLE_END.matcher(rest);
                int stopAt = stop.find(t.text().length()) ? stop.start() : rest.length();
                // "Lãnh sự phụ trách kinh tế và văn hóa": the fields of one post, joined.
                while (stopAt < rest.length()
                        && TitleParts.joinsFields(rest.substring(0, stopAt), stop.group(), rest.substring(stop.end()))) {
                    stopAt = stop.find() ? stop.start() : rest.length();
                }
                // "Chủ tịch, kiêm cố vấn đặc biệt tập đoàn X": a second post held with the first is part of it.
                // "Phó Trưởng đại diện, Văn phòng JICA tại Việt Nam": the body the post belongs to after a comma;
                // "Trưởng Ban Tổ chức Lễ hội, Lãnh sự danh dự …": a second post of the same person.
                while (stopAt < rest.length() && (rest.startsWith(", kiêm ", stopAt)
                        || rest.charAt(stopAt) == ',' && continuesTitle(rest.substring(stopAt + 1)))) {
                    int next = rest.charAt(stopAt + 1) == ' ' ? stopAt + 2 : stopAt + 1;
                    stopAt = stop.find(next + 1) ? stop.start() : rest.length();
                }
                // A parenthesis inside the title ("… Nhật Bản (JICA)") belongs to it.
                if (stopAt < rest.length() && rest.charAt(stopAt) == '(' && stopAt + 1 < rest.length()
                        && Character.isUpperCase(rest.charAt(stopAt + 1))) {
                    int close = rest.indexOf(')', stopAt);
                    if (close > 0 && close - stopAt < 40) {
                        Matcher again = TITLE_END.matcher(rest);
                        stopAt = again.find(close + 1) ? again.start() : rest.length();
                    }
                }
                return new int[]{start, start + Math.min(stopAt, 160)};
            }
        }
        return null;
    }

    /** After a comma inside a title: the body the post belongs to, or another post of the same person. */
    private boolean continuesTitle(String afterComma) {
        String written = afterComma.stripLeading();
        String folded = Text.fold(written);
        if (!written.isEmpty() && Character.isUpperCase(written.charAt(0)) && BODY_HEAD.matcher(folded).find()) {
            return true;
        }
        return !written.isEmpty() && Character.isUpperCase(written.charAt(0))
                && titles().stream().anyMatch(t -> t.folded().contains(" ") && t.rank() >= 2 && folded.startsWith(t.folded())
                && Tokens.wordEnds(folded, t.folded().length()));
    }

    /** Japanese titles and the generic ones a Japanese person may hold, plus those the office taught. */
    List<IngestData.Title> titles() {
        // Read once per importer: every name candidate asks for them.
        if (titles == null) {
            titles = allTitles();
        }
        return titles;
    }

    private List<IngestData.Title> allTitles() {
        List<IngestData.Title> out = new ArrayList<>();
        for (IngestData.Title t : data.titles) {
            if (t.side().equals("jp")) {
                out.add(t);
            }
        }
        for (String t : learnedTitles) {
            out.add(new IngestData.Title("jp", t, Text.fold(t), null, null, 5));
        }
        out.add(new IngestData.Title("jp", "cán bộ", "can bo", null, null, 2));
        out.add(new IngestData.Title("jp", "Đại diện", "dai dien", null, null, 3));
        return out;
    }

    static String clean(String title) {
        // A colon ends a title: what follows is what the person said ("…, Văn phòng JICA: Sẽ thực hiện tốt …").
        int colon = title.indexOf(':');
        String t = (colon > 0 ? title.substring(0, colon) : title).strip().replaceAll("\\s+", " ")
                .replaceAll("[\\s,–—-]+$", "");
        if (t.startsWith("(") && !t.contains(")")) {
            t = t.substring(1);
        }
        if (t.endsWith("(")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? null : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }


    /** Rank of a title: higher is more senior; 0 when unknown. */
    int rank(String title) {
        if (title == null) {
            return 0;
        }
        String f = Text.fold(title);
        int best = 0;
        for (IngestData.Title t : titles()) {
            if (f.startsWith(t.folded()) && Tokens.wordEnds(f, t.folded().length())) {
                best = Math.max(best, t.rank());
            }
        }
        return best;
    }

    /** The partner kind a title implies ("Thống đốc" → prefecture), or null. */
    String kind(String title) {
        if (title == null) {
            return null;
        }
        String f = Text.fold(title);
        for (IngestData.Title t : titles()) {
            if (f.startsWith(t.folded()) && Tokens.wordEnds(f, t.folded().length()) && t.kind() != null) {
                return t.kind();
            }
        }
        return null;
    }
}
