package vn.protocolbrief.ingest;

import java.util.List;

/**
 * Wishes that ask nothing of anyone (kept apart from {@link RequestFinder}): a hope that the relationship grows or
 * that this visit goes well, that both sides be in some state or simply cooperate, friendship in general words.
 */
final class Wishes {
    private final Cues c;
    private final RequestFinder asks;

    Wishes(Cues cues, RequestFinder asks) {
        this.c = cues;
        this.asks = asks;
    }

    /** Nothing is asked: the relationship, the occasion, a state of both sides or bare cooperation is wished for. */
    boolean nothingAsked(String item) {
        return hopeForTheRelationship(item) || hopeForTheOccasion(item) || hopeForAState(item) || bothSidesCooperating(item)
                || hopeToCooperate(item);
    }

    /** What is hoped for, after the cue of the hope if the item has it and the "rằng" that introduces it. */
    private String afterCue(String item) {
        String key = c.k(item).replaceFirst("^[,:]\\s*", "");
        for (String cue : c.cues("request")) {
            if (key.startsWith(cue + " ")) {
                key = key.substring(cue.length() + 1);
                break;
            }
        }
        String that = c.phrase("rằng") + " ";
        return key.startsWith(that) ? key.substring(that.length()) : key;
    }

    /** Words between a hope and what is hoped for that change nothing of it ("sẽ được tiếp tục hợp tác"). */
    private static final List<String> HOPE_FILLERS = List.of("sẽ", "được", "tiếp tục", "có thể");

    /**
     * The speaker's hope to cooperate, with whom and when but no field ("mong muốn sẽ được hợp tác với tỉnh trong
     * tương lai gần"): nobody is asked anything, whichever side hopes it.
     */
    private boolean hopeToCooperate(String item) {
        String key = withoutLeading(afterCue(item), HOPE_FILLERS);
        return key.startsWith(c.phrase("hợp tác") + " ")
                && asks.categories(item).stream().allMatch(x -> x.equals("local_partnership") || x.equals("other"));
    }

    /** A folded text without the fillers that open it, however many and in whatever order. */
    private String withoutLeading(String key, List<String> fillers) {
        String rest = key;
        for (boolean again = true; again; ) {
            again = false;
            for (String filler : fillers) {
                String f = c.phrase(filler) + " ";
                if (rest.startsWith(f)) {
                    rest = rest.substring(f.length());
                    again = true;
                }
            }
        }
        return rest;
    }

    /**
     * A hope that the relationship itself grows ("hy vọng quan hệ giữa hai bên sẽ ngày càng phát triển"): the
     * relationship is named before anything is asked to be done, with words of growth.
     */
    private boolean hopeForTheRelationship(String item) {
        String key = c.k(item);
        int relation = Cues.indexOfWord(key, c.phrase("quan hệ"));
        if (relation < 0 || c.cues("vague_hope").stream().noneMatch(w -> Cues.indexOfWord(key, w) >= 0)) {
            return false;
        }
        int action = Cues.first(key, c.cues("action_verb"));
        return action < 0 || relation < action;
    }

    /**
     * A hope about this visit or meeting itself ("hy vọng chuyến thăm lần này sẽ là cơ hội tốt để …"): what the
     * occasion should bring, not something the other side is asked to do.
     */
    private static final List<String> OCCASION_PREPOSITIONS = List.of("thông qua", "qua", "với", "trong", "sau", "tại");

    /**
     * The occasion set off by a comma before a clause of its own ("qua chuyến thăm lần này, Đại sứ X sẽ …"): a fronted
     * adverbial, not the subject of the hope; the clause after it says what is hoped for.
     */
    private boolean frontedOccasion(String item) {
        int comma = item.indexOf(',');
        if (comma <= 0 || item.substring(comma + 1).strip().split("\\s+").length < 3) {
            return false;
        }
        // An adverbial has no predicate of its own: "buổi gặp mặt sẽ là cơ hội …, đồng thời …" is the occasion's clause.
        String fronted = " " + c.k(item.substring(0, comma)) + " ";
        return OCCASION_PREDICATES.stream().noneMatch(w -> fronted.contains(" " + c.phrase(w) + " "));
    }

    /** Words that make the occasion a subject with a predicate ("sẽ là", "có", "được", "mở ra"). */
    private static final List<String> OCCASION_PREDICATES = List.of("sẽ", "là", "có", "được", "trở thành", "góp phần",
            "mở ra");

    boolean hopeForTheOccasion(String item) {
        String key = c.k(item);
        for (String cue : c.cues("request")) {
            if (key.startsWith(cue + " ")) {
                String said = key.substring(cue.length() + 1);
                // "qua chuyến công tác lần này sẽ …": the occasion may come after the preposition that introduces it.
                String rest = OCCASION_PREPOSITIONS.stream().map(w -> c.phrase(w) + " ").filter(said::startsWith)
                        .findFirst().map(w -> said.substring(w.length())).orElse(said);
                return c.cues("occasion").stream().anyMatch(o -> rest.startsWith(o + " ")) && !frontedOccasion(item);
            }
        }
        return false;
    }

    /**
     * A hope that both sides will be in some state ("mong muốn hai bên sẽ tiếp tục có thêm nhiều cơ hội hợp tác"): both
     * sides are its subject and its verb describes ("có", "là", "được"), so nobody is asked to do anything.
     */
    private boolean hopeForAState(String item) {
        String rest = afterCue(item);
        for (String both : c.cues("both_sides")) {
            if (rest.startsWith(both + " ")) {
                String after = " " + rest.substring(both.length() + 1);
                for (String filler : List.of("sẽ", "tiếp tục", "cùng", "đều")) {
                    String f = " " + c.phrase(filler) + " ";
                    if (after.startsWith(f)) {
                        after = " " + after.substring(f.length());
                    }
                }
                String state = after;
                // "…, tăng cường các hoạt động giao lưu": a concrete act asked after the state is a request.
                boolean actAfter = java.util.Arrays.stream(item.split(",")).skip(1).map(p -> c.k(p).strip())
                        .anyMatch(p -> c.cues("action_verb").stream().anyMatch(v -> p.startsWith(v + " ")));
                return !actAfter && c.cues("describing").stream().anyMatch(d -> state.startsWith(" " + d + " "));
            }
        }
        return false;
    }

    /** Most words of a wish that both sides cooperate with nothing named: "tăng cường hợp tác, đầu tư hơn nữa". */
    private static final int BARE_COOPERATION_WORDS = 8;

    /**
     * A wish whose subject is both sides and whose content is only that they cooperate ("hy vọng hai bên sẽ tiếp tục
     * triển khai nhiều hoạt động hợp tác"): no field is named, or the wish is too short to name anything; neither
     * side is asked to do something.
     */
    private boolean bothSidesCooperating(String item) {
        String key = c.k(item);
        for (String cue : c.cues("request")) {
            if (!key.startsWith(cue + " ")) {
                continue;
            }
            String rest = key.substring(cue.length() + 1).replaceFirst("^[,:]\\s*", "");
            for (String both : c.cues("both_sides")) {
                if (rest.startsWith(both + " ")) {
                    String content = rest.substring(both.length() + 1);
                    return Cues.indexOfWord(content, c.phrase("hợp tác")) >= 0
                            && (asks.categories(item).isEmpty() || content.split(" ").length <= BARE_COOPERATION_WORDS);
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Nothing but the relationship itself ("tăng cường hơn nữa mối quan hệ hữu nghị, hợp tác giữa hai nước"): the
     * relationship or friendship is named and no field of cooperation is, beyond the partnership.
     */
    boolean aboutTheRelationshipOnly(String text) {
        String key = c.k(text);
        boolean relation = c.cues("relationship").stream().anyMatch(w -> Cues.indexOfWord(key, w) >= 0);
        return relation && asks.categories(text).stream().allMatch("local_partnership"::equals);
    }

    /** Words of friendship in general, with nothing concrete asked: "mong muốn quan hệ hai bên ngày càng tốt đẹp". */
    boolean generalWish(String item) {
        String key = c.k(item);
        return c.cues("general_wish").stream().anyMatch(w -> Cues.indexOfWord(key, w) >= 0)
                || key.split(" ").length < 8;
    }
}
