package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.PartialDate;

/**
 * Each fact once in the speech: what joins two points that would each name the same meeting (issue 19, the
 * signers' finding of a memorandum and its meeting said in two points). Kept apart from {@link TalkingPoints}.
 */
final class SpeechFacts {
    private SpeechFacts() {
    }

    /**
     * True when an agreement's date is the meeting's: the same day, or the same month or year where one of them is
     * known only to that precision ("11/2023" and "20/11/2023").
     */
    static boolean sameMeeting(PartialDate signed, PartialDate met) {
        if (signed == null || met == null || !signed.known() || !met.known()) {
            return false;
        }
        return signed.iso().startsWith(met.iso()) || met.iso().startsWith(signed.iso());
    }

    /**
     * The point on the last meeting opened by the signing done at it: the spoken sentences in order, the hope of
     * carrying them forward once at the end, then any originals (an English pack's marked lines) of both.
     */
    static TalkingPoint opened(String signing, TalkingPoint outcome, AgreementItem agreement, String hope) {
        String said = SpokenOnce.spoken(signing);
        String rest = SpokenOnce.spoken(outcome.text());
        // "… đã ký X và thống nhất: Y.": what else was agreed continues the signing's sentence, the two sides said
        // once (issue 19, sp10: "hai bên đã ký … Hai bên cũng đã thống nhất …" named them twice).
        boolean continues = !rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) && said.endsWith(".");
        String spoken = (continues ? said.substring(0, said.length() - 1) : said) + " " + rest + " " + hope;
        String originals = signing.substring(SpokenOnce.spoken(signing).length())
                + outcome.text().substring(SpokenOnce.spoken(outcome.text()).length());
        List<String> ids = new ArrayList<>(List.of(agreement.id()));
        ids.addAll(outcome.recordIds());
        List<Integer> sources = Stream.concat(agreement.sources().stream(), outcome.sources().stream()).distinct()
                .sorted().toList();
        return new TalkingPoint("agreed", spoken + originals, ids, sources);
    }
}
