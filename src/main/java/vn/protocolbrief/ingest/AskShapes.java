package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.protocolbrief.ingest.Draft.RequestDraft;

/**
 * The shape of an ask inside its clause (the cues and sides are {@link RequestFinder}'s): an ask told as a noun, the
 * background it is set in, and acts joined by "cũng như" that are asked one by one.
 */
final class AskShapes {
    private final Cues c;
    private final RequestFinder asks;

    AskShapes(Cues cues, RequestFinder asks) {
        this.c = cues;
        this.asks = asks;
    }

    /**
     * The ask told as a noun, "đề nghị của lãnh đạo tỉnh trong việc gia hạn …": a request by the side named after
     * "của", whatever the sentence's own verb says of it.
     */
    void nominalAsks(String sentence, String key, RequestFinder.Sides sides, List<RequestDraft> out) {
        for (String cue : c.cues("request")) {
            String of = cue + " " + c.k("của") + " ";
            for (int at = Cues.indexOfWord(key, of.strip()); at >= 0; at = Cues.indexOfWord(key, of.strip(), at + 1)) {
                String after = key.substring(at + of.length());
                int about = -1;
                String aboutWord = null;
                for (String w : c.cues("about")) {
                    int i = Cues.indexOfWord(after, w);
                    if (i > 0 && (about < 0 || i < about)) {
                        about = i;
                        aboutWord = w;
                    }
                }
                if (about < 0 || after.substring(0, about).split(" ").length > RequestFinder.ADDRESSEE_WORDS + 2) {
                    continue;
                }
                String side = asks.subjectSide(after.substring(0, about), sides, true);
                if (side == null) {
                    continue;
                }
                int from = at + of.length() + about + aboutWord.length() + 1;
                if (from >= key.length()) {
                    continue;
                }
                String asked = c.fromCue(sentence, from);
                asked = asked.split("[;.,]|\\s(?:và|đồng thời)\\s")[0];
                if (asked.split("\\s+").length >= 4) {
                    asks.addItem(out, "jp".equals(side) ? "jp_to_vn" : "vn_to_jp", RequestItems.clean(asked), sentence, sides);
                }
            }
        }
    }

    /**
     * The ask without the background it is set in: "mong muốn trong bối cảnh doanh nghiệp …, tỉnh sẽ …" asks what
     * follows the background, which ends at the last comma before the asked "sẽ" (else at its first comma).
     */
    String withoutBackground(String clause) {
        String key = c.k(clause);
        for (String b : c.cues("background")) {
            int at = Cues.indexOfWord(key, b);
            if (at < 0 || key.substring(0, at).split(" ").length > 3) {
                continue;
            }
            String from = c.fromCue(clause, at);
            String head = clause.substring(0, clause.length() - from.length());
            int will = from.indexOf(" sẽ ");
            int end = will > 0 ? from.lastIndexOf(',', will) : from.indexOf(',');
            if (end > 0 && from.substring(end + 1).strip().split("\\s+").length >= 4) {
                return (head + from.substring(end + 1).strip()).strip();
            }
        }
        return clause;
    }

    /**
     * Where one asked act may end and the next begin: "và", "đồng thời", "cũng như" (a comma before one is part of it).
     * A bare comma is not a cut: "quan tâm, đầu tư tại …" is two verbs of one act, sharing its object.
     */
    private static final Pattern COORDINATION = Pattern.compile("(?iuU),?\\s+(?:và|đồng thời|cũng như)\\s+");
    /** Fewest words of an act cut off by a comma or "và": "hỗ trợ, tạo điều kiện …" is one act, not two. */
    private static final int ACT_WORDS = 5;

    /**
     * One item per act asked: "hỗ trợ đào tạo điều dưỡng và giới thiệu doanh nghiệp …, đồng thời mở văn phòng …"
     * asks more than one thing. A part is cut off where "và", "đồng thời" or "cũng như" is followed by an act (an
     * action verb), the part before has an act of its own and both are asks of their own (five words or more): "hỗ
     * trợ và giúp đỡ …" is one act.
     */
    /** The words of a rest up to its next possible cut. */
    private static String nextPiece(String rest) {
        java.util.regex.Matcher m = COORDINATION.matcher(rest);
        return m.find() ? rest.substring(0, m.start()) : rest;
    }

    /** "để" (in order to) opening a purpose clause: "hỗ trợ vốn để nâng cấp …". */
    private static final Pattern PURPOSE = Pattern.compile("(?iuU)(?:^|\\s)(?:để|nhằm)\\s");

    /**
     * A "và" inside a purpose clause joins that clause's own verbs or objects ("… để phát triển và mở rộng ngành X"):
     * the purpose says why the act is asked, it is not a second act.
     */
    private static boolean inPurpose(String piece) {
        return PURPOSE.matcher(piece).find();
    }

    /** A cut inside quotation marks is inside a name ("dự án “Nâng cấp đường A và cầu B”"): one noun, not two acts. */
    static boolean insideQuotes(String text, int at) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '“') {
                open++;
            } else if (ch == '”') {
                open = Math.max(0, open - 1);
            } else if (ch == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    List<String> coordinated(String item) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = COORDINATION.matcher(item);
        int start = 0;
        while (m.find()) {
            String rest = item.substring(m.end());
            String restKey = c.k(rest);
            boolean act = c.cues("action_verb").stream().anyMatch(v -> restKey.startsWith(v + " "));
            String piece = item.substring(start, m.start()).strip();
            boolean pieceActs = c.cues("action_verb").stream().anyMatch(v -> Cues.indexOfWord(c.k(piece), v) >= 0);
            String restAct = nextPiece(rest);
            boolean inside = insideQuotes(item, m.start()) || !m.group().contains(",") && m.group().contains("và")
                    && inPurpose(piece);
            if (act && pieceActs && !inside && piece.split("\\s+").length >= ACT_WORDS
                    && restAct.split("\\s+").length >= ACT_WORDS) {
                out.add(piece);
                start = m.end();
            }
        }
        if (out.isEmpty()) {
            return List.of(item);
        }
        out.add(item.substring(start).strip());
        return out.stream().map(RequestItems::clean).toList();
    }
}
