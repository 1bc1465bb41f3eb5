package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/**
 * Which side a statement's words name where the verb alone does not say it: the subject at a sentence's opening (not
 * a possessor or an object), our own departments as the ones asked, a named Japanese locality as the other party of
 * the ties asked for. {@link StatementFinder}'s helpers, apart so that it stays readable.
 */
final class StatementSides {
    private final Cues c;
    private final Japan japan;
    private final RequestFinder asks;

    StatementSides(Cues cues, Japan japan, RequestFinder asks) {
        this.c = cues;
        this.japan = japan;
        this.asks = asks;
    }

    /** Words after which a side is an object or a possessor, not the one who speaks. */
    private static final java.util.Set<String> RELATIONAL = java.util.Set.of("cua", "voi", "cho", "giua", "tai", "doi");

    /**
     * The side named first in a sentence's opening words that is not a possessor or an object ("… tiến bộ của tỉnh
     * X, Đại sứ …" is the ambassador's); null when none is.
     */
    String openingSubject(String head, RequestFinder.Sides sides) {
        int skipUntil = 0;
        for (int at = 0; at < head.length(); at = head.indexOf(' ', at) + 1) {
            String rest = head.substring(at);
            String side = null;
            int length = 0;
            // At a sentence's opening, a noun qualified by the country ("doanh nghiệp Nhật Bản") is the partner's side.
            for (var named : java.util.Map.of("jp", sideWords(c.cues("jp_subject"), sides.japanese(), c.k("Nhật Bản")),
                    "vn", sideWords(c.cues("vn_subject"), sides.vietnamese())).entrySet()) {
                for (String w : named.getValue()) {
                    if (!w.isBlank() && Cues.indexOfWord(rest, w) == 0 && w.length() > length) {
                        side = named.getKey();
                        length = w.length();
                    }
                }
            }
            if (side != null && at >= skipUntil) {
                String[] before = head.substring(0, at).strip().split(" ");
                if (!RELATIONAL.contains(Text.key(before[before.length - 1]))) {
                    return side;
                }
                skipUntil = at + length;
            }
            if (head.indexOf(' ', at) < 0) {
                break;
            }
        }
        return null;
    }

    private static List<String> sideWords(List<String> cues, java.util.Set<String> names, String... more) {
        List<String> all = new ArrayList<>(cues);
        all.addAll(names);
        all.addAll(List.of(more));
        return all;
    }

    /** "giữa [our province] với/và [a Japanese prefecture or city]": the ties of two named places. */
    private static final Pattern BETWEEN_PLACES = Pattern.compile(
            "(?u)\\bgiữa\\s+[^,;.]{2,60}?\\s+(?:với|và)\\s+(?:(?:tỉnh|thành phố|TP\\.?)\\s+)?(\\p{Lu}\\p{L}+)");

    boolean namesJapaneseLocality(String text) {
        if (japan == null) {
            return false;
        }
        Matcher m = BETWEEN_PLACES.matcher(text);
        while (m.find()) {
            String place = m.group(1);
            if (japan.prefecture(place).isPresent() || japan.municipality(place, null).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "với [whom], [what]" after an asking word: whom a proposal is put to, then what it asks or offers. */
    private static final Pattern PROPOSED_TO = Pattern.compile("(?iu)^với\\s+[^,;:]{2,80}(?:[,;:]\\s*|$)");

    /**
     * An ask's words without the "với [whom]," it is put to: the words after it, the item itself when it does not
     * open so, null when it names only whom (no act: "đề xuất với lãnh đạo tỉnh", its act in the next clause).
     */
    String withoutProposedTo(String item) {
        String asked = asks.asked(item).strip();
        Matcher m = PROPOSED_TO.matcher(asked);
        if (!m.find()) {
            return item;
        }
        String rest = asked.substring(m.end()).strip();
        if (!rest.isEmpty()) {
            return rest;
        }
        String key = " " + c.k(asked) + " ";
        boolean act = c.cues("action_verb").stream().anyMatch(v -> key.contains(" " + v + " "))
                || c.cues("list_verb").stream().anyMatch(v -> key.contains(" " + v + " "));
        return act ? item : null;
    }

    /** The asked words open on our own departments ("các sở, ngành của tỉnh phối hợp …"). */
    boolean ownBodiesAddressed(String item) {
        String key = c.k(asks.asked(item));
        String leaders = c.k("lãnh đạo") + " ";
        String k = key.startsWith(leaders) ? key.substring(leaders.length()) : key;
        return c.cues("own_bodies").stream().anyMatch(b -> k.startsWith(b + " "));
    }

    /** Most words between the asking word and the asked act that may name whom it is asked of ("lãnh đạo hai bên"). */
    private static final int ADDRESSEE_WORDS = 6;
    /** Words at an ask's opening that may name its addressee when no known act follows near ("ông Sato Ken …"). */
    private static final int ADDRESSEE_OPENING = 3;
    /** Words that open the asked act after its addressee: a modal ("cần", "sẽ", "có thể") or an act of the lists. */
    private static final List<String> ACT_OPENERS = List.of("sẽ", "cần", "nên", "có thể", "tiếp tục", "sớm");

    /**
     * Whom an ask is addressed to: the side named between the asking word and the asked act ("đề nghị tỉnh Shimane
     * hỗ trợ …" is asked of Japan, "mong lãnh đạo hai bên cần …" of both). "vn", "jp", "both", or null when the act
     * follows the asking word at once (then the addressee is implied: the side that does not speak).
     */
    String addressee(String item, RequestFinder.Sides sides) {
        Addressee a = addresseeOf(item, sides);
        return a == null ? null : a.side();
    }

    /** Whom an ask names as the one to act, and whether it says that side "sẽ" (will) act: a promise, if its own. */
    record Addressee(String side, boolean will) {
    }

    /** Verbs whose subject receives what the other side gives ("nhận được sự hỗ trợ"). */
    private static final List<String> RECEIVING = List.of("nhận được", "tiếp tục nhận được", "được nhận", "tiếp tục được nhận");

    Addressee addresseeOf(String item, RequestFinder.Sides sides) {
        String key = c.k(asks.asked(item)).replaceFirst("^[,:]\\s*", "");
        int act = -1;
        List<String> openers = new ArrayList<>(c.cues("action_verb"));
        openers.addAll(c.cues("list_verb"));
        ACT_OPENERS.forEach(w -> openers.add(c.phrase(w)));
        for (String w : openers) {
            int at = Cues.indexOfWord(key, w);
            if (at >= 0 && (act < 0 || at < act)) {
                act = at;
            }
        }
        if (act == 0) {
            return null;
        }
        String lead = act < 0 ? "" : key.substring(0, act).strip();
        if (act < 0 || lead.split(" ").length > ADDRESSEE_WORDS) {
            // No known act near: whom the ask names right after its asking word is still its addressee ("mong muốn
            // ông X làm cầu nối …"), when the words open on that side; a side named further on is what is asked about.
            String[] words = key.strip().split(" ");
            String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, ADDRESSEE_OPENING)));
            String side = opening.isBlank() ? null : openingSubject(opening, sides);
            return side == null || Cues.indexOfWord(opening, c.phrase("của")) >= 0 ? null : new Addressee(side, false);
        }
        // "[side] (tiếp tục) nhận được sự hỗ trợ …": the side named receives what is asked; it is not asked to act.
        int at = act;
        if (RECEIVING.stream().anyMatch(r -> key.startsWith(c.phrase(r) + " ", at))) {
            return null;
        }
        boolean will = key.startsWith(c.phrase("sẽ") + " ", act);
        if (c.cues("both_sides").stream().anyMatch(w -> Cues.indexOfWord(lead, w) >= 0)) {
            return new Addressee("both", will);
        }
        String side = asks.subjectSide(lead, sides, true);
        if (side == null && Cues.indexOfWord(lead, c.k("Nhật Bản")) >= 0) {
            side = "jp";
        }
        return side == null ? null : new Addressee(side, will);
    }
    /** "(sự) đón tiếp … của [host]": whose reception is thanked for, the words up to the next comma. */
    private static final Pattern RECEPTION_OF = Pattern.compile(
            "(?iu)(?:đón|don)\\s+(?:tiếp|tiep)\\b[^;.]{0,40}?\\s(?:của|cua)\\s+([^,;.]{2,60})");

    /**
     * Who thanks: the side received, when the thanks are for a host's reception ("cảm ơn sự đón tiếp chu đáo của lãnh
     * đạo tỉnh" is the guest's, "… của Thống đốc tỉnh X" ours), whoever the sentence names; else the side read.
     */
    String thanker(String clause, String read, RequestFinder.Sides sides) {
        Matcher m = RECEPTION_OF.matcher(clause);
        if (!m.find()) {
            return read;
        }
        String host = c.k(m.group(1).split("(?iu)\\s(?:dành|danh|đối với|doi voi)\\s")[0]);
        String side = asks.subjectSide(host, sides, true);
        return side == null ? read : "jp".equals(side) ? "vn" : "jp";
    }
}
