package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.RequestDraft;

/**
 * How an ask reads (the sentences are cut into statements by {@link StatementFinder}): its cue words ("đề nghị",
 * "mong muốn", "kiến nghị", "lời mời"), the side that speaks, one request per concrete ask, categories from the
 * words of the ask. A general wish ("mong muốn quan hệ ngày càng phát triển") is not a request; nor is an ask
 * made of another country's delegation.
 */
final class RequestFinder {
    /** The words that name each side in this article: its people, places and bodies. */
    record Sides(Set<String> vietnamese, Set<String> japanese, Set<String> foreign) {
        /** Gathered from the article's Japanese people and partner, its hosts and places, other countries' bodies. */
        static Sides of(Cues cues, List<ArticlePerson> living, PartnerFinder.Candidate partner,
                        List<PartnerFinder.Candidate> foreign, List<VietnamesePeople.Found> hosts,
                        List<PlaceFinder.Mention> places) {
            Set<String> jp = new HashSet<>();
            living.forEach(p -> jp.add(cues.k(p.family)));
            if (partner != null) {
                if (partner.core != null) {
                    jp.add(cues.k(partner.core));
                }
                for (String w : partner.nameVi.split("\\s+")) {
                    if (w.matches("[A-Z][a-z]{3,}|[A-Z]{3,}")) {
                        jp.add(cues.k(w));
                    }
                }
            }
            Set<String> vn = new HashSet<>();
            hosts.forEach(h -> vn.add(cues.k(h.name())));
            places.forEach(m -> {
                vn.add(cues.k(m.province().nameVi()));
                vn.add(cues.k(m.asWritten()));
                // a merged province still speaks of itself by its predecessors' names (Thái Bình, now Hưng Yên)
                m.province().predecessors().forEach(old -> vn.add(cues.k(old)));
            });
            Set<String> others = new HashSet<>();
            for (PartnerFinder.Candidate f : foreign) {
                for (String w : f.nameVi.split("\\s+")) {
                    if (w.matches("\\p{Lu}[\\p{L}]+|[A-Z]{2,}") && !List.of("Thành", "Tổng", "Đại", "Hội", "Tập", "Công")
                            .contains(w) && !Text.key(w).equals("tinh")) {
                        others.add(cues.k(w));
                    }
                }
            }
            return new Sides(vn, jp, others);
        }
    }

    private static final Pattern INVESTMENT_SECTORS = Pattern.compile(
            "(?iuU)đầu\\s+tư\\s+(?:vào\\s+|trong\\s+)?(?:các\\s+)?(?:lĩnh\\s+vực|ngành)");

    private final Cues c;
    private final IngestData data = IngestData.get();
    private final Wishes wishes;

    RequestFinder(Cues cues) {
        this.c = cues;
        this.wishes = new Wishes(cues, this);
    }

    /** A clause's words that ask for nothing in particular: see {@link Wishes}. */
    boolean aboutTheRelationshipOnly(String text) {
        return wishes.aboutTheRelationshipOnly(text);
    }

    /** A hope about this visit or meeting itself: see {@link Wishes}. */
    boolean hopeForTheOccasion(String item) {
        return wishes.hopeForTheOccasion(item);
    }

    void addItem(List<RequestDraft> out, String direction, String item, String evidence, Sides sides) {
        if (addressedTo(item, sides.foreign())) {
            return;
        }
        if (wishes.nothingAsked(item) || describesItself(item, direction, sides)) {
            return;
        }
        List<String> categories = categories(item);
        if (categories.isEmpty()) {
            if (wishes.generalWish(item)) {
                return;
            }
            categories = List.of("other");
        }
        add(out, new RequestDraft(direction, categories, withoutAddressee(asked(item), direction, sides), evidence));
    }

    /** The ties of our province with a named Japanese locality asked for: a local partnership, however worded. */
    void addLocalPartnership(List<RequestDraft> out, String direction, String item, String evidence, Sides sides) {
        List<String> categories = new ArrayList<>(List.of("local_partnership"));
        categories(item).stream().filter(x -> !categories.contains(x)).forEach(categories::add);
        add(out, new RequestDraft(direction, categories, withoutAddressee(asked(item), direction, sides), evidence));
    }

    /** Most words an addressee standing alone before the asked act may have: "tỉnh X", "Ngài Thống đốc". */
    static final int ADDRESSEE_WORDS = 3;

    /**
     * The asked act without the addressee in front of it: "Tỉnh X sẽ tiếp tục kết nối …" asked of X is "Tiếp tục kết
     * nối …" (the pack names X itself). Only a short subject naming the addressed side alone goes; "Các doanh nghiệp
     * tỉnh X …" keeps its subject.
     */
    String withoutAddressee(String asked, String direction, Sides sides) {
        String key = c.k(asked);
        int verb = Cues.first(key, c.cues("action_verb"));
        if (verb <= 0) {
            return asked;
        }
        String lead = key.substring(0, verb).strip();
        String will = c.k("sẽ");
        if (lead.endsWith(" " + will)) {
            lead = lead.substring(0, lead.length() - will.length()).strip();
        }
        String addressed = "vn_to_jp".equals(direction) ? "jp" : "vn";
        // Named last is the addressed side ("tỉnh X": "tỉnh" alone is any province), and no name of the asking side.
        Set<String> askingNames = "jp".equals(addressed) ? sides.vietnamese() : sides.japanese();
        String subject = lead;
        if (lead.isEmpty() || lead.split(" ").length > ADDRESSEE_WORDS || !addressed.equals(subjectSide(lead, sides, true))
                || askingNames.stream().anyMatch(w -> !w.isBlank() && Cues.indexOfWord(subject, w) >= 0)) {
            return asked;
        }
        String rest = c.fromCue(asked, verb).strip();
        return rest.split("\\s+").length >= 4 ? RequestItems.clean(rest) : asked;
    }

    /** Most words a preamble before a colon may have: "tỉnh X quan tâm, hỗ trợ:" names whom, not what. */
    private static final int PREAMBLE_WORDS = 8;

    /**
     * The thing asked, without the asking verb that opens it: "Mong muốn: các doanh nghiệp …" is "Các doanh nghiệp
     * …"; "Đề nghị tỉnh X quan tâm, hỗ trợ: mong muốn …" is what follows the colon, without its own cue. The pack
     * adds its own asking verb.
     */
    /** "của Bí thư Tỉnh ủy đến / tới / gửi …" after "lời mời": who invites; what is asked starts at the invitee. */
    private static final Pattern INVITER = Pattern.compile("(?iuU)^của\\s.{1,80}?\\s(?:đến|tới|gửi(?: tới| đến)?)\\s+");

    private static String withoutInviter(String t) {
        Matcher m = INVITER.matcher(t);
        return m.find() && m.end() < t.length() ? t.substring(m.end()).strip() : t;
    }

    String asked(String item) {
        String t = item.strip();
        for (int round = 0; round < 3; round++) {
            String before = t;
            String key = c.k(t);
            String cue = c.cues("request").stream().filter(q -> key.startsWith(q + " "))
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
            if (cue != null) {
                t = c.fromCue(t, cue.length() + 1).strip();
                t = withoutInviter(t);
            }
            int colon = t.indexOf(':');
            if (colon > 0) {
                String preamble = c.k(t.substring(0, colon));
                String rest = t.substring(colon + 1).strip();
                // "[whom] [a verb of support]: [the things asked]"
                boolean supportVerb = c.cues("list_verb").stream().anyMatch(v -> preamble.endsWith(" " + v) || preamble.equals(v));
                if (preamble.split(" ").length <= PREAMBLE_WORDS && supportVerb && rest.split("\\s+").length >= 4) {
                    t = rest;
                }
            }
            if (t.equals(before)) {
                break;
            }
        }
        t = actedByTheAsked(t);
        return t.split("\\s+").length >= 4 ? RequestItems.clean(t) : item;
    }

    /** "(tiếp tục) nhận được sự quan tâm, hỗ trợ … từ phía X": what X is asked to do, said as X's act. */
    private static final Pattern RECEIVE = Pattern.compile("(?iu)^((?:được\\s+)?(?:tiếp tục\\s+)?)nhận được sự\\s+");
    private static final Pattern FROM_THE_ASKED = Pattern.compile("(?iu)\\s+(?:từ\\s+(?:phía\\s+)?|của\\s+phía\\s+)[^,;]+$");

    /**
     * A wish to receive the partner's support ("mong muốn tiếp tục nhận được sự quan tâm … của JICA") asks the partner
     * to give it: said as its act ("tiếp tục quan tâm …"), or the pack would ask the guest to go on receiving it.
     */
    static String actedByTheAsked(String asked) {
        Matcher m = RECEIVE.matcher(asked);
        if (!m.find()) {
            return asked;
        }
        String rest = asked.substring(m.end());
        return (m.group(1).replaceFirst("(?iu)^được\\s+", "") + FROM_THE_ASKED.matcher(rest).replaceFirst("")).strip();
    }

    /**
     * Where a request cue starts in the sentence's key from a position on, or -1. A cue that is part of a name
     * ("Cần Thơ"), a noun ("những đề xuất của …", "các dự án mời gọi đầu tư") or a description ("đang kêu gọi") is
     * not an ask.
     */
    int cueWordAt(String sentence, String key) {
        return cueWordAt(sentence, key, 0);
    }

    int cueWordAt(String sentence, String key, int from) {
        int best = -1;
        for (String cue : c.cues("request")) {
            for (int at = Cues.indexOfWord(key, cue, from); at >= 0; at = Cues.indexOfWord(key, cue, at + 1)) {
                String before = key.substring(0, at);
                String after = key.substring(Math.min(key.length(), at + cue.length()));
                if (before.endsWith(c.k("những") + " ") || before.endsWith(c.k("các") + " ")
                        || before.endsWith(c.k("sự") + " ") || before.endsWith(c.k("dự án") + " ") || before.endsWith(c.k("đang") + " ")
                        || before.endsWith(c.k("lĩnh vực") + " ") || before.endsWith(c.k("nhận") + " ")
                        || before.endsWith(c.k("theo") + " ") || before.endsWith(c.k("đáp lại") + " ") || asNoun(before)
                        || after.startsWith(" " + c.k("của") + " ") && !cue.equals(c.k("lời mời"))
                        || after.startsWith(" " + c.k("gọi")) || capitalisedName(sentence, key, at)
                        || cue.equals(c.k("mời")) && !invites(sentence, key, before, at)) {
                    continue;
                }
                if (best < 0 || at < best) {
                    best = at;
                }
                break;
            }
        }
        return best;
    }

    /** Words before "mời" that make it a noun or a passive: "lời mời", "khách mời", "thư mời", "được mời". */
    private static final List<String> NOT_INVITING = List.of("lời", "khách", "thư", "giấy", "được");
    /** Forms of address after "mời" (closed grammatical words): "mời ông/bà/ngài/quý …", "mời đoàn …". */
    private static final java.util.Set<String> ADDRESSED = java.util.Set.of("ngai", "ong", "ba", "quy", "doan", "lanh");

    /**
     * "mời" (invite) asks only as a verb with whom it invites right after it: a form of address or a capitalised title
     * or name ("mời Thống đốc …", "mời ông …", "trân trọng mời đoàn …"); never as a noun or a passive ("lời mời",
     * "khách mời", "được mời"). Folded text cannot tell "mời" from "mới" (new) but by the same structure.
     */
    private boolean invites(String sentence, String key, String before, int at) {
        if (NOT_INVITING.stream().anyMatch(w -> before.endsWith(c.k(w) + " "))) {
            return false;
        }
        String from = c.fromCue(sentence, at);
        String[] words = from.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String next = words[1].replaceAll("^\\P{L}+", "");
        return !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || ADDRESSED.contains(Text.key(next)));
    }

    /** True when the cue's word begins a capitalised name in the original text ("Cần Thơ"). */
    boolean capitalisedName(String sentence, String key, int at) {
        String from = c.fromCue(sentence, at);
        if (from.isEmpty() || !Character.isUpperCase(from.charAt(0))) {
            return false;
        }
        int space = from.indexOf(' ');
        return space > 0 && space + 1 < from.length() && Character.isUpperCase(from.charAt(space + 1))
                && sentence.length() - from.length() > 0;
    }

    /** The side named last before the cue: its people, its places and bodies, its titles. */
    String subjectSide(String before, Sides sides, boolean lastNamed) {
        int jp = position(before, c.cues("jp_subject"), sides.japanese(), lastNamed);
        int vn = position(before, c.cues("vn_subject"), sides.vietnamese(), lastNamed);
        if (jp < 0 && vn < 0) {
            return null;
        }
        if (jp < 0) {
            return "vn";
        }
        if (vn < 0) {
            return "jp";
        }
        // Both at one place: the longer, Japanese title wins over its first word ("tỉnh trưởng" is not "tỉnh").
        return (lastNamed ? jp >= vn : jp <= vn) ? "jp" : "vn";
    }

    /** Where either side is named last (or first) in the text; -1 when not at all. */
    int sidePosition(String text, Sides sides, boolean last) {
        int jp = position(text, c.cues("jp_subject"), sides.japanese(), last);
        int vn = position(text, c.cues("vn_subject"), sides.vietnamese(), last);
        if (jp < 0 || vn < 0) {
            return Math.max(jp, vn);
        }
        return last ? Math.max(jp, vn) : Math.min(jp, vn);
    }

    /** Where the side is named last (or first) in the text; -1 when not at all. */
    private static int position(String text, List<String> cues, Set<String> words, boolean last) {
        int best = -1;
        List<String> all = new ArrayList<>(cues);
        all.addAll(words);
        for (String w : all) {
            int at = last ? lastWord(text, w) : Cues.indexOfWord(text, w);
            if (at >= 0 && (best < 0 || (last ? at > best : at < best))) {
                best = at;
            }
        }
        return best;
    }

    private static int lastWord(String text, String word) {
        if (word.isBlank()) {
            return -1;
        }
        int at = Cues.indexOfWord(text, word);
        int found = -1;
        while (at >= 0) {
            found = at;
            at = Cues.indexOfWord(text, word, at + 1);
        }
        return found;
    }

    /**
     * The speaker's own side said to be able to do something ("trong thời gian tới, tỉnh A có thể thu hút thêm …"): a
     * side describing its prospects, nobody asked. What opens the item before a comma (a time, an occasion) is skipped.
     */
    private boolean describesItself(String item, String direction, Sides sides) {
        // keys have no punctuation: the opener is cut at the comma of the text itself
        int comma = item.indexOf(',');
        String said = c.k(comma > 0 && c.k(item.substring(0, comma)).split(" ").length <= 6 ? item.substring(comma + 1) : item);
        String can = " " + c.phrase("có thể") + " ";
        Set<String> own = "vn_to_jp".equals(direction) ? sides.vietnamese() : sides.japanese();
        return own.stream().anyMatch(w -> !w.isBlank() && said.startsWith(w + can));
    }

    /**
     * The words before an asking word that make it a noun: the nominaliser "việc" ("trong việc kêu gọi đầu tư", the
     * act of calling), and the verbs whose object is what the other side wished ("hoan nghênh mong muốn …", "đánh giá
     * cao / ghi nhận đề xuất …"): nobody asks in that clause.
     */
    private boolean asNoun(String before) {
        return java.util.stream.Stream.of("việc", "hoan nghênh", "đánh giá cao", "ghi nhận")
                .anyMatch(w -> before.endsWith(" " + c.k(w) + " ") || before.equals(c.k(w) + " "));
    }

    /** An ask made of another country's delegation ("Đề nghị thành phố Naju …") is not this partner's business. */
    private boolean addressedTo(String item, Set<String> foreignWords) {
        String key = c.k(item);
        return foreignWords.stream().anyMatch(w -> !w.isBlank() && Cues.indexOfWord(key, w) >= 0);
    }

    private static void add(List<RequestDraft> out, RequestDraft r) {
        Set<String> words = new LinkedHashSet<>(Text.words(r.text()));
        for (RequestDraft o : out) {
            Set<String> other = new LinkedHashSet<>(Text.words(o.text()));
            long common = words.stream().filter(other::contains).count();
            if (common >= 0.8 * Math.min(words.size(), other.size())) {
                return;
            }
        }
        out.add(r);
    }

    /**
     * The categories the words of an ask name. Fields listed as where to invest ("đầu tư vào lĩnh vực du lịch,
     * nông nghiệp") are the investment's sectors, not asks of their own.
     */
    List<String> categories(String text) {
        String considered = text;
        java.util.regex.Matcher sectors = INVESTMENT_SECTORS.matcher(text);
        boolean investment = false;
        if (sectors.find()) {
            considered = text.substring(0, sectors.end());
            investment = true;
        }
        String key = " " + c.k(considered) + " ";
        List<String> out = new ArrayList<>();
        data.categoryKeywords.forEach((category, keywords) -> {
            if (keywords.stream().anyMatch(w -> key.contains(" " + c.phrase(w) + " "))) {
                out.add(category);
            }
        });
        if (investment && !out.contains("investment")) {
            out.add(0, "investment");
        }
        return out;
    }
}
