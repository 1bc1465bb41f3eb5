package vn.protocolbrief.brief;

import static vn.protocolbrief.brief.SpeechText.quoted;

import java.util.List;
import vn.protocolbrief.brief.TalkingPoints.Guest;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.domain.PartialDate;

/**
 * How every kind of point words a record: said inline in English where the officer rendered it, else the English
 * sentence and the original on its own line; dates said only when known; several things joined in one sentence.
 * One instance per speech, shared by the parts that make the points (it remembers the English of parts of texts).
 */
final class PointWords {
    final Labels l;
    /** Our side's clauses said in the first person ("chúng tôi"), by every part of the speech. */
    final FirstPerson firstPerson;
    /** A request's main category as an English point names it when its text has no rendering ("investment"). */
    private final java.util.Map<String, String> subjects;
    /** English for the parts of record texts a point says (clauses of an outcome), by rendering key. */
    private final java.util.Map<String, String> partEnglish = new java.util.HashMap<>();

    PointWords(Labels labels, FirstPerson firstPerson, java.util.Map<String, String> subjects) {
        this.l = labels;
        this.firstPerson = firstPerson;
        this.subjects = java.util.Map.copyOf(subjects);
    }

    /**
     * The point's sentence with its record texts. In an English pack a sentence that points at the lines below
     * ("the agreement below") is said only when they are English (the officer's renderings); when one is still the
     * Vietnamese original the point is said whole without pointing at it ({@code KEY.unrendered}) and the original
     * follows once, marked.
     */
    String said(String key, List<String> originals, Object... args) {
        boolean unrendered = originals.stream().anyMatch(l::original);
        String k = unrendered && l.has(key + ".unrendered") ? key + ".unrendered" : key;
        return withOriginal(l.format(k, args), originals.toArray(String[]::new));
    }

    /**
     * A request and what was done since: in an English pack whose texts both have renderings, said in one sentence
     * as the Vietnamese pack says it ("On your request to …: we have …"), our side in the first person (a status
     * recorded over a year ago is never said: see {@link StaleReplies}).
     */
    String saidWithReply(String key, String request, String reply, Guest guest, Object... args) {
        if (!inline(request, reply)) {
            return said(key, List.of(request, reply), args);
        }
        String done = EnglishSpeech.lower(EnglishSpeech.spoken(quoted(english(reply)), guest));
        return l.format(key, EnglishSpeech.asked(english(request)), done);
    }

    /** True in an English pack when every one of these record texts has the officer's English: said inside. */
    boolean inline(String... originals) {
        return "en".equals(l.lang()) && java.util.Arrays.stream(originals)
                .noneMatch(t -> t != null && !t.isBlank() && english(t) == null);
    }

    /** "A", "A và B", "A, B và C" ("and" in English): several things said in one sentence. */
    String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("; ", items.subList(0, items.size() - 1)) + l.get("point.and") + items.get(items.size() - 1);
    }

    /** The officer's rendering of a record text, or of the part of one a point says (see {@link OutcomePoint#notSaid}). */
    String english(String vi) {
        String part = vi == null ? null : partEnglish.get(vn.protocolbrief.domain.EnglishRendering.key(vi));
        return part != null ? part : l.english(vi);
    }

    /** The English of a part of a record text, taken from the same clauses of the officer's rendering. */
    String keepEnglish(String vi, String en) {
        partEnglish.put(vn.protocolbrief.domain.EnglishRendering.key(vi), en);
        return vi;
    }

    /** " on investment": what an English point says a request is about when its text is not in English. */
    String subject(RequestItem r) {
        String s = r.categories().isEmpty() ? null : subjects.get(r.category());
        return s == null ? "" : " on " + s;
    }

    /**
     * In a Vietnamese pack the sentence as it is (the record text inside it); in an English pack the English
     * sentence, then each record text on its own line marked as the original.
     */
    String withOriginal(String sentence, String... originals) {
        if (!"en".equals(l.lang())) {
            return sentence;
        }
        StringBuilder b = new StringBuilder(sentence);
        for (String o : originals) {
            b.append('\n').append(l.record(o));
        }
        return b.toString();
    }

    /** " (27/10/2025)" / " on 27 October 2025" when the date is known; nothing at all when it is not. */
    String on(PartialDate d) {
        if (d == null || !d.known()) {
            return "";
        }
        return l.format(d.precision() == vn.protocolbrief.domain.DatePrecision.DAY ? "point.on.day" : "point.on.period",
                l.date(d));
    }

    String since(MeetingItem first) {
        return first.date().known() ? l.format("point.relation.since", l.date(first.date())) : "";
    }

    /** A count as a person says it: "hai", "three" (up to ten), else the digits. */
    String count(long n) {
        return l.has("number." + n) ? l.get("number." + n) : String.valueOf(n);
    }
}
