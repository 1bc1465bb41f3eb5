package vn.protocolbrief.brief;

import static vn.protocolbrief.brief.SpeechText.lowerFirst;
import static vn.protocolbrief.brief.SpeechText.quoted;
import static vn.protocolbrief.brief.SpeechText.withoutAskingVerb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.brief.TalkingPoints.Guest;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Text;

/**
 * The points made of requests: their requests we answered (where they stand), ours still open (followed up, never
 * asked again as new), our own promises written as requests, and what the guests may raise with the line to take.
 */
final class RequestPoints {
    static final int PROPOSALS = 3;
    private static final List<String> REQUEST_VERBS = List.of("tiep tuc", "ho tro", "quan tam", "tao dieu kien",
            "thuc day", "phoi hop", "chia se", "gioi thieu", "ket noi", "mo rong", "tang cuong", "xem xet", "uu tien",
            "vien tro", "quang ba", "dau tu", "hop tac");
    private final Labels l;
    private final PointWords w;
    private final FirstPerson firstPerson;

    RequestPoints(PointWords words, FirstPerson firstPerson) {
        this.w = words;
        this.l = words.l;
        this.firstPerson = firstPerson;
    }

    /** Their requests we have answered: where they stand. (Open ones come under "what they may raise".) */
    List<TalkingPoint> answered(List<RequestItem> requests, Guest guest) {
        List<TalkingPoint> out = new ArrayList<>();
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && !r.status().isOpen()
                && r.latestFollowUp() != null).sorted(Comparator.comparing(RequestItem::lastRaised,
                Comparator.reverseOrder())).limit(TalkingPoints.PER_KIND).toList()) {
            String reply = firstPerson.clauses(quoted(r.latestFollowUp()));
            out.add(new TalkingPoint("agreed", w.saidWithReply("point.commitment", quoted(r.text()), reply, guest,
                    quoted(r.text()), lowerFirst(reply), null, w.subject(r)), List.of(r.id()), r.sources()));
        }
        return out;
    }

    /** Our open requests, then our own promises that were recorded as requests. */
    List<TalkingPoint> ours(List<RequestItem> requests, Guest guest) {
        List<TalkingPoint> out = new ArrayList<>();
        List<TalkingPoint> commitments = new ArrayList<>();
        requests.stream()
                .filter(r -> r.direction() == Direction.VN_TO_JP && r.status().isOpen())
                .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                        .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder()))
                .limit(PROPOSALS)
                .forEach(r -> {
                    String ours = OurCommitments.said(withoutAskingVerb(quoted(r.text())), l);
                    if (ours != null) {
                        // A "request" that is our own promise is said as ours, never asked of the guest: after our
                        // asks, as a commitment (not counted among what we want from the guests).
                        String sentence = l.original(quoted(r.text())) && l.has("point.ours.unrendered")
                                ? l.get("point.ours.unrendered") : ours;
                        String text = w.inline(quoted(r.text())) ? l.format("point.ours", ourPart(
                                w.english(quoted(r.text())), guest)) : w.withOriginal(sentence, quoted(r.text()));
                        commitments.add(new TalkingPoint("agreed", text, List.of(r.id()), r.sources()));
                        return;
                    }
                    String repeated = !r.repeated() ? "" : r.firstRaised().known()
                            ? l.format("point.proposal.repeated", r.timesRaised(), l.date(r.firstRaised()))
                            : l.format("point.proposal.repeated.undated", r.timesRaised());
                    out.add(new TalkingPoint("proposal", proposal(guest, r, repeated), List.of(r.id()), r.sources()));
                });
        out.addAll(commitments);
        return out;
    }

    /** What the guests may raise, with the line to take. */
    List<TalkingPoint> raised(List<RequestItem> requests, Guest guest) {
        List<TalkingPoint> out = new ArrayList<>();
        List<RequestItem> unanswered = new ArrayList<>();
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && r.status().isOpen())
                .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                        .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder())).limit(TalkingPoints.PER_KIND).toList()) {
            if (r.latestFollowUp() == null) {
                unanswered.add(r);
                continue;
            }
            String reply = firstPerson.clauses(quoted(r.latestFollowUp()));
            out.add(new TalkingPoint("raise", w.saidWithReply("point.raise.reply", quoted(r.text()), reply, guest,
                    quoted(r.text()), lowerFirst(reply), null, w.subject(r)), List.of(r.id()), r.sources()));
        }
        out.addAll(unanswered(unanswered));
        return out;
    }

    /**
     * Their requests we have not answered yet share one line to take: said once for all of them, not repeated
     * word for word after each.
     */
    private List<TalkingPoint> unanswered(List<RequestItem> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        if (open.size() == 1) {
            RequestItem r = open.get(0);
            String text = w.inline(quoted(r.text()))
                    ? l.format("point.raise.noreply", EnglishSpeech.asked(w.english(quoted(r.text()))))
                    : w.said("point.raise.noreply", List.of(quoted(r.text())), quoted(r.text()), null, null, w.subject(r));
            return List.of(new TalkingPoint("raise", text, List.of(r.id()), r.sources()));
        }
        List<String> texts = open.stream().map(r -> quoted(r.text())).toList();
        boolean inline = w.inline(texts.toArray(String[]::new));
        List<String> marked = texts.stream().map(t -> inline ? EnglishSpeech.asked(w.english(t)) : "“" + t + "”")
                .toList();
        String either = String.join(", ", marked.subList(0, marked.size() - 1)) + l.get("point.raise.or")
                + marked.get(marked.size() - 1);
        String subjects = open.stream().map(w::subject).distinct().filter(x -> !x.isEmpty())
                .map(x -> x.replaceFirst("^ on ", "")).collect(java.util.stream.Collectors.joining(", "));
        String text = inline ? l.format("point.raise.noreply.many", either) : w.said("point.raise.noreply.many", texts,
                either, null, null, subjects.isEmpty() ? "" : l.format("point.raise.on", subjects));
        return List.of(new TalkingPoint("raise", text, open.stream().map(RequestItem::id).toList(),
                open.stream().flatMap(r -> r.sources().stream()).distinct().sorted().toList()));
    }

    /** Our own promise in English, in the first person: "we will …"; else "we have undertaken to …". */
    private static String ourPart(String english, Guest guest) {
        String said = EnglishSpeech.spoken(quoted(english), guest);
        return said.startsWith("we ") ? said : "we have undertaken " + EnglishSpeech.asked(said);
    }

    /**
     * "Chúng tôi đề nghị Ngài Đại sứ tiếp tục quan tâm …": a request that opens with its own verb is asked for as
     * written; any other is asked to be considered and supported.
     */
    private String proposal(Guest guest, RequestItem r, String repeated) {
        String text = r.text();
        String t = withoutAskingVerb(quoted(text));
        String who = guest.inSpeech() == null ? l.format("point.proposal.side", guest.partner()) : guest.inSpeech();
        if ("vi".equals(l.lang())) {
            // "Ngài Đại sứ quan tâm đến …" as written: the guest the sentence already names is not named again.
            String post = who.replaceFirst("^(?:Ngài|Ông|Bà|Cô)\\s+", "");
            boolean named = false;
            for (String name : List.of(who, post)) {
                String[] w = t.split("\\s+");
                int n = name.split("\\s+").length;
                if (w.length > n && Text.fold(String.join(" ", java.util.Arrays.copyOf(w, n))).equalsIgnoreCase(
                        Text.fold(name))) {
                    t = String.join(" ", java.util.Arrays.copyOfRange(w, n, w.length));
                    named = true;
                    break;
                }
            }
            String folded = Text.fold(t);
            boolean verb = named || REQUEST_VERBS.stream().anyMatch(folded::startsWith);
            return l.format(verb ? "point.proposal.verb" : "point.proposal", who, lowerFirst(t), repeated);
        }
        if (w.inline(quoted(text))) {
            return l.format("point.proposal", who, EnglishSpeech.asked(w.english(quoted(text))), repeated);
        }
        return w.said("point.proposal", List.of(quoted(text)), who, t, repeated, w.subject(r));
    }
}
