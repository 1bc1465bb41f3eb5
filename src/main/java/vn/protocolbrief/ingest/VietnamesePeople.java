package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * Finds Vietnamese officials: a name that starts with a Vietnamese surname ("Trần Duy Đông") and the titles
 * written before or after it ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), each title cut where the next words stop
 * naming a post (a verb, "về", a clause break). A name without a title is not taken: too many capitalised runs in
 * Vietnamese are places and bodies. Each mention also says how the text addresses the person ("ông", "bà", "cô"),
 * whether the person only joined ("Cùng dự có …") and whether the person is only mentioned ("lời mời của …").
 */
final class VietnamesePeople {
    /** One mention of a Vietnamese official. */
    record Found(int sentence, int start, String name, String family, String given, String title, boolean national,
                 String evidence, String address, boolean mentionedOnly, boolean joined) {
        Found(int sentence, int start, String name, String family, String given, String title, boolean national,
              String evidence) {
            this(sentence, start, name, family, given, title, national, evidence, null, false, false);
        }
    }

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[,–—-]\\s*");
    /** Where a title chain splits into posts: a comma, a semicolon, a dash between spaces. */
    private static final Pattern POST_BREAK = Pattern.compile("\\s*[,;]\\s*|\\s+[-–—]\\s+|\\s*[-–—]\\s+");
    /**
     * Words that end a title: a verb or a preposition opening the rest of the sentence ("Thống đốc tỉnh X về 4 tiềm
     * năng", "Chủ tịch UBND tỉnh tại buổi tiếp"), "vào ngày …", "và" before a lower-case word (another act: "và đi
     * thị sát …", a person: "và ông …", companions: "và các thành viên …"; not "và các khu công nghiệp", a body's noun phrase) or
     * another post, a full stop.
     */
    static final Pattern TITLE_STOP = Pattern.compile("(?iuU)(?<=\\S)(?:\\s+(?:về|cho biết|phát biểu|đã|đang|sẽ|cùng|"
            + "làm trưởng đoàn|dẫn đầu|dẫn đoàn|có buổi|có cuộc|tiếp|chủ trì|mong muốn|khẳng định|nhấn mạnh|bày tỏ|"
            + "đánh giá|chúc mừng|trao tặng|tặng|trao|cảm ơn|chào mừng|gửi|thông tin|giới thiệu|đề nghị|đề xuất|là|với|"
            + "để|nhằm|đến|tới|sang|vừa|được|thừa ủy quyền|thừa uỷ quyền|thay mặt|hội đàm|làm việc|gặp|đón|thăm|tham dự|dự|cũng|nêu|chia sẻ|"
            + "tại (?:buổi|cuộc|lễ|hội nghị|hội thảo|chương trình|trụ sở)|"
            + "trong (?:buổi|cuộc|chuyến|dịp|thời gian|khuôn khổ|lần)|nhân (?:dịp|chuyến)|"
            + "vào ngày|"
            + "và(?=\\s+(?:(?:các|những)\\s+(?:đồng chí|thành viên)\\b|(?!(?:các|những)\\s)(?-i:\\p{Ll})|Ngài\\s|(?:Phó|Chủ|Bí|Giám|Trưởng|Ủy|Tổng|Thống|Thị|Đại)\\s)))"
            + "(?=[\\s,.;:!?]|$)|(?<!TP|Tp|\\b\\p{Lu})[.:!?](?=\\s|$)|\\s*[-–—]\\s*Ảnh\\b|\\s*\\(\\s*(?:bên|thứ|giữa|đứng|ngồi|ảnh)\\b)");
    /** The head of a Vietnamese post, beyond the listed titles: general administrative Vietnamese. */
    private static final Pattern POST_HEAD = Pattern.compile("^(?:pho )?(?:chu tich|bi thu|giam doc|truong ban|"
            + "truong phong|truong doan|chanh van phong|chu nhiem|uy vien|thuong vu|tinh uy vien|thanh uy vien|"
            + "tong giam doc|vien truong|hieu truong)(?: |$)");
    /** "(phải)", "(bên trái)", "(thứ hai từ trái)": where a person stands in the photo, written after the name. */
    private static final Pattern POSITION_MARK = Pattern.compile("^\\s*\\([^()]{0,25}(?:phải|trái|giữa)[^()]{0,10}\\)");
    /** A form of address written before a name. */
    private static final Pattern ADDRESS_BEFORE = Pattern.compile("(?iuU)(?:^|[\\s,(–—-])(ông|bà|cô|anh|chị|đồng chí|ngài)"
            + "[\\s,]*$");
    /** A local unit's word right before a capitalised run: the run opens with the unit's name ("xã Yên Thọ"). */
    private static final Pattern UNIT_BEFORE = Pattern.compile("(?iuU)(?<!\\p{L})(?:xã|phường|thị trấn|huyện|quận|thị xã)\\s+$");
    /** "(Ý Yên, Nam Định)", "(Nhật Bản)": places in brackets after a post's body, before the name. */
    private static final Pattern PLACES_IN_BRACKETS = Pattern.compile("\\s*\\(\\p{Lu}\\p{L}*(?:[\\s,]+\\p{Lu}\\p{L}*){0,5}\\)\\s*$");
    /** The first word of a Vietnamese post, marks kept: where a name run stops when no comma comes first. */
    private static final Set<String> POST_FIRST_WORDS = Set.of("phó", "chủ", "bí", "giám", "trưởng", "chánh", "ủy",
            "uỷ", "thường", "tỉnh", "thành", "tổng", "viện", "hiệu");
    /** "các đồng chí:", "các ông": a list of people all addressed the same way. */
    private static final Pattern LIST_ADDRESS = Pattern.compile("(?iuU)(?:^|\\s)các\\s+(đồng chí|ông|bà)\\s*:?\\s+(?=\\p{Lu}|$)");
    private static final Set<String> ADDRESS_WORDS = Set.of("Ông", "Bà", "Cô", "Anh", "Chị", "Ngài", "Đồng");
    /** Who only joined the meeting: "Cùng dự có …", "Tham dự buổi tiếp có …", "có sự tham dự của …". */
    private static final Pattern JOINED = Pattern.compile("(?iuU)(cùng dự|cùng tham dự|tham dự|cùng tiếp|tham gia|"
            + "cùng đi|tháp tùng|cùng làm việc|sự tham dự của|dự buổi)");
    /** Only "và" (or a comma) and a form of address between two names: the second shares the first one's title. */
    private static final Pattern SHARED = Pattern.compile("(?iuU)^\\s*(?:,|và)\\s*(?:(?:ông|bà|đồng chí)\\s+)?$");
        /** "lời mời của …", "theo …": a person named, not one who was there. */
    private static final Pattern ONLY_NAMED = Pattern.compile("(?iuU)(?:^|\\s)(của|theo)\\s*(?:ông|bà|đồng chí)?\\s*$");

    private final IngestData data = IngestData.get();
    private final Japan japan;

    /** Our side's listed titles, folded. */
    private final List<String> vnTitles;

    VietnamesePeople(Japan japan) {
        this.japan = japan;
        this.vnTitles = data.titles.stream().filter(t -> t.side().equals("vn")).map(IngestData.Title::folded).toList();
    }

    List<Found> find(List<Sentence> sentences) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(find(s));
        }
        return out;
    }

    private List<Found> find(Sentence s) {
        String sentence = s.text();
        List<Found> out = new ArrayList<>();
        // The previous name of this sentence, where it ends, and the title written before it (else null).
        int previousEnd = -1;
        String previousTitleBefore = null;
        Matcher w = CAPITALISED_RUN.matcher(sentence);
        while (w.find()) {
            String[] words = w.group().split("\\s+");
            int start = -1;
            // "Chủ tịch UBND xã Yên Thọ Nguyễn Văn A": after a unit's word its name comes first (two syllables, as
            // communes and districts are written), never a person.
            int first = UNIT_BEFORE.matcher(sentence.substring(Math.max(0, w.start() - 12), w.start())).find() ? 2 : 0;
            for (int i = first; i < words.length - 1; i++) {
                // "Ninh Bình Đặng Xuân Phong": a place written before the name is not part of it.
                if (japan.isVietnamesePlace(words[i] + " " + words[i + 1])) {
                    i++;
                    continue;
                }
                // "Ông Mitani Mitsuru": a capitalised form of address is not the surname Ông.
                if (ADDRESS_WORDS.contains(words[i])) {
                    continue;
                }
                if (data.vnSurnames.contains(words[i])) {
                    start = i;
                    break;
                }
            }
            int[] at = new int[words.length];
            for (int k = 0, from = w.start(); k < words.length; k++) {
                at[k] = sentence.indexOf(words[k], from);
                from = at[k] + words[k].length();
            }
            // "bà Lê Thị Tân Tiến Giám đốc sở Ngoại vụ": the name ends where a post begins, comma or not.
            int last = words.length;
            for (int k = start + 2; start >= 0 && k < words.length; k++) {
                // The word must itself open a post, marks and all ("Thanh-Ủy viên", "Tịnh, Ủy viên" are names).
                int after = at[k] + words[k].length();
                if (after < sentence.length() && sentence.charAt(after) == ' '
                        && POST_FIRST_WORDS.contains(words[k].toLowerCase(java.util.Locale.ROOT))
                        && startsWithTitle(sentence.substring(at[k], Math.min(sentence.length(), at[k] + 80)))) {
                    last = k;
                    break;
                }
            }
            if (start < 0 || last - start > 4 || last - start < 2) {
                continue;
            }
            int nameEnd = at[last - 1] + words[last - 1].length();
            String name = String.join(" ", Arrays.copyOfRange(words, start, last));
            if (japan.isVietnamesePlace(name)) {
                continue;
            }
            int offset = 0;
            for (int k = 0; k < start; k++) {
                offset = w.group().indexOf(words[k], offset) + words[k].length();
            }
            int nameStart = w.start() + w.group().indexOf(words[start], offset);
            String head = sentence.substring(0, nameStart);
            String title = titleAfter(sentence, nameEnd);
            int titleStart = -1;
            if (title == null && previousTitleBefore != null && previousEnd <= nameStart
                    && SHARED.matcher(sentence.substring(previousEnd, nameStart)).matches()) {
                // "Phó Chủ tịch UBND tỉnh Nguyễn Văn A và Trần Thị B": the title before the first name is each one's.
                title = previousTitleBefore;
                titleStart = head.length() - (nameStart - previousEnd);
            }
            if (title == null) {
                // Posts stand right before the name: the last 240 characters are enough, and keep this linear.
                int window = Math.max(0, head.length() - 240);
                int[] span = titleBefore(head.substring(window));
                if (span != null) {
                    titleStart = window + span[0];
                    title = clean(head.substring(titleStart, window + span[1]));
                }
            }
            previousEnd = nameEnd;
            previousTitleBefore = titleStart >= 0 && title != null && !title.isEmpty() ? title : null;
            if (title == null || title.isEmpty()) {
                continue;
            }
            String before = titleStart >= 0 ? head.substring(0, titleStart) : head;
            String address = address(head, titleStart >= 0 ? head.substring(0, titleStart) : null);
            if (address == null) {
                // "cùng đón tiếp có các đồng chí: A – …; B – …": the list's form of address is each one's.
                Matcher list = LIST_ADDRESS.matcher(head);
                while (list.find()) {
                    address = list.group(1).toLowerCase(java.util.Locale.ROOT);
                }
            }
            boolean onlyNamed = ONLY_NAMED.matcher(stripAddress(before)).find();
            String clause = before.substring(Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')), 0));
            boolean joined = JOINED.matcher(clause).find();
            String[] parts = name.split(" ", 2);
            out.add(new Found(s.index(), nameStart, name, parts[0], parts.length > 1 ? parts[1] : null, title,
                    national(title), sentence, address, onlyNamed, joined));
        }
        return out;
    }

    /** The form of address just before the name, or before its title ("bà Nguyễn Thị Hạnh", "ông Phó Chủ tịch …"). */
    private static String address(String head, String beforeTitle) {
        Matcher m = ADDRESS_BEFORE.matcher(head.replaceAll("[\\s,–—-]+$", " "));
        if (m.find()) {
            return m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        if (beforeTitle != null) {
            Matcher t = ADDRESS_BEFORE.matcher(beforeTitle.replaceAll("[\\s,–—-]+$", " "));
            if (t.find()) {
                return t.group(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private static String stripAddress(String head) {
        return head.replaceAll("(?iuU)[\\s,–—-]*(ông|bà|cô|anh|chị|đồng chí|ngài)?[\\s,–—-]*$", "");
    }

    /** True when a title is a national post ("Bộ trưởng Ngoại giao") rather than a province's. */
    boolean national(String title) {
        String f = Text.fold(title);
        if (f.contains("tinh") || f.contains("thanh pho") || f.contains("ubnd") || f.contains("hdnd")) {
            return false;
        }
        for (String chunk : f.split(",")) {
            String c = chunk.strip();
            for (IngestData.Title t : data.titles) {
                if (t.side().equals("vn") && "national".equals(t.kind()) && c.startsWith(t.folded())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Trần Duy Đông – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": posts joined by commas or dashes after the name. */
    private String titleAfter(String sentence, int nameEnd) {
        // "Ông A (phải), Chủ tịch …": a photo caption's position marker stands between the name and the title.
        String rest = POSITION_MARK.matcher(sentence.substring(nameEnd)).replaceFirst("");
        Matcher sep = SEPARATOR.matcher(rest);
        if (sep.find()) {
            rest = rest.substring(sep.end());
        } else if (rest.startsWith(" ") && startsWithTitle(rest.strip())) {
            // "Lê Thị Tân Tiến Giám đốc sở Ngoại vụ": the post may follow the name with no comma.
            rest = rest.strip();
        } else {
            return null;
        }
        List<String> titles = new ArrayList<>();
        Matcher breaks = POST_BREAK.matcher(rest);
        int from = 0;
        String dash = "";
        while (from < rest.length()) {
            int to = breaks.find(from) ? breaks.start() : rest.length();
            int next = to < rest.length() ? breaks.end() : rest.length();
            String chunk = rest.substring(from, to).strip();
            boolean pair = !startsWithTitle(chunk) && !titles.isEmpty() && pairedName(dash, chunk);
            if (!startsWithTitle(chunk) && !pair) {
                break;
            }
            String cut = cut(chunk);
            if (pair) {
                // "Chủ tịch Hội hữu nghị Việt Nam – Nhật Bản tỉnh A": the dash joins a name's two parts, not two posts.
                titles.set(titles.size() - 1, titles.get(titles.size() - 1) + " " + dash + " " + cut);
            } else {
                titles.add(cut);
            }
            if (!cut.equals(chunk.replaceAll("[.;:]+$", ""))) {
                break;
            }
            dash = rest.substring(to, next).strip();
            from = next;
        }
        return titles.isEmpty() ? null : clean(String.join(", ", titles));
    }

    /**
     * The words after a dash go on the name before it ("Việt Nam – Nhật Bản", "Văn hóa – Xã hội"): a dash, then a
     * capitalised word that opens neither a post nor a person (a form of address, a surname) nor a caption's credit,
     * and a few words before the title's end.
     */
    private boolean pairedName(String dash, String chunk) {
        if (!dash.matches("[-–—]")) {
            return false;
        }
        String first = chunk.split("[\\s,.;:()]+", 2)[0];
        return !first.isEmpty() && Character.isUpperCase(first.codePointAt(0)) && !ADDRESS_WORDS.contains(first)
                && !data.vnSurnames.contains(first) && !first.equals("Ảnh") && cut(chunk).split("\\s+").length <= 8;
    }

    /**
     * "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Xuân Ký": the posts just before the name, read back from the
     * name to where the clause starts; returns the span in {@code head}.
     */
    private int[] titleBefore(String head) {
        String h = head.replaceAll("(?iuU)[\\s,–—-]*(?:ông|bà|cô|anh|chị|đồng chí|ngài)?[\\s,–—-]*$", "");
        // "Chủ tịch UBND xã Yên Thọ (Ý Yên, Nam Định) Nguyễn Văn A": the bracket says where the body is.
        h = PLACES_IN_BRACKETS.matcher(h).replaceFirst("");
        if (h.isBlank()) {
            return null;
        }
        // The clause the title stands in: after the last stop word or break before the name.
        int clause = 0;
        Matcher stop = TITLE_STOP.matcher(h);
        while (stop.find()) {
            clause = stop.end();
        }
        for (int i = h.length() - 1; i >= clause; i--) {
            char c = h.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')' || c == '"' || c == '“' || c == '”') {
                clause = i + 1;
                break;
            }
        }
        String part = h.substring(clause);
        int at = firstTitle(part);
        if (at < 0) {
            return null;
        }
        String post = part.substring(at).strip();
        if (post.split("\\s+").length > 14) {
            return null;
        }
        int start = clause + at;
        // Earlier posts of the same person: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch …".
        while (true) {
            String before = head.substring(0, start).stripTrailing();
            int sepEnd;
            if (before.endsWith(",")) {
                sepEnd = before.length() - 1;
            } else if (before.length() > 1 && "-–—".indexOf(before.charAt(before.length() - 1)) >= 0
                    && Character.isWhitespace(before.charAt(before.length() - 2))) {
                sepEnd = before.length() - 1;
            } else {
                break;
            }
            int chunkStart = sepEnd;
            while (chunkStart > 0 && ",;.:".indexOf(before.charAt(chunkStart - 1)) < 0) {
                chunkStart--;
            }
            // "đoàn công tác tỉnh A do Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh B": the post that ends the chunk.
            String chunk = before.substring(chunkStart, sepEnd);
            int postAt = firstTitle(chunk);
            if (postAt < 0) {
                break;
            }
            String prior = chunk.substring(postAt).strip();
            if (prior.isEmpty() || TITLE_STOP.matcher(prior).find() || prior.split("\\s+").length > 14) {
                break;
            }
            start = chunkStart + postAt;
        }
        return new int[]{start, h.length()};
    }

    /** Where the first post in a clause starts (a word boundary), or -1. */
    private int firstTitle(String part) {
        for (int i = 0; i < part.length(); i++) {
            // A post starts with a capital or one of the few lower-case heads ("phó", "chủ tịch" in running text).
            if ((i == 0 || !Character.isLetterOrDigit(part.charAt(i - 1))) && Character.isLetter(part.charAt(i))
                    && startsWithTitle(part.substring(i, Math.min(part.length(), i + 80)))) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWithTitle(String chunk) {
        // Only the chunk's first words can start a post: fold no more than them.
        String f = Text.key(chunk.length() > 80 ? chunk.substring(0, 80) : chunk);
        if (f.isEmpty()) {
            return false;
        }
        for (String t : vnTitles) {
            if (f.startsWith(t) && (f.length() == t.length() || f.charAt(t.length()) == ' ')) {
                return true;
            }
        }
        return POST_HEAD.matcher(f).find();
    }

    /** A post cut where the sentence goes on ("Chủ tịch UBND tỉnh về …" → "Chủ tịch UBND tỉnh"). */
    static String cut(String chunk) {
        Matcher stop = TITLE_STOP.matcher(chunk);
        int end = chunk.length();
        while (stop.find()) {
            if (!TitleParts.joinsFields(chunk.substring(0, stop.start()), stop.group(), chunk.substring(stop.end()))) {
                end = stop.start();
                break;
            }
        }
        String t = chunk.substring(0, end);
        return t.strip().replaceAll("[\\s,;:.–—-]+$", "");
    }

    private static String clean(String title) {
        return title.strip().replaceAll("\\s+", " ").replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "");
    }
}
