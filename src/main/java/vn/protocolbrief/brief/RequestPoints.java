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
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * The points made of requests: their requests we answered (where they stand), ours still open (followed up, never
 * asked again as new), our own promises written as requests, and what the guests may raise with the line to take.
 */
final class RequestPoints {
    /** The request category of locality-to-locality ties (DESIGN.md), whose proposal a leader welcomes. */
    private static final String TIES = "local_partnership";

    static final int PROPOSALS = 3;
    private static final List<String> REQUEST_VERBS = List.of("tiep tuc", "ho tro", "quan tam", "tao dieu kien",
            "thuc day", "phoi hop", "chia se", "gioi thieu", "ket noi", "mo rong", "tang cuong", "xem xet", "uu tien",
            "vien tro", "quang ba", "dau tu", "hop tac");
    private final PointWords w;
    /** The day of the visit; null: every reply is said as current. */
    private java.time.LocalDate day;

    RequestPoints(PointWords words) {
        this.w = words;
    }

    /** The number of the annex listing every request; 0: the pack has none. */
    private int annex;

    void inAnnex(int requestsAnnex) {
        this.annex = requestsAnnex;
    }

    void heldOn(java.time.LocalDate visitDay) {
        this.day = visitDay;
    }

    /**
     * A request and its reply as a point ({@code key}: an answered request, or one the guests may raise). A reply
     * recorded over a year before the visit is not said (see {@link StaleReplies}): the leader says the province will
     * review the progress and inform them, and the officer is told the dated record.
     */
    private TalkingPoint replied(String kind, String key, RequestItem r, Guest guest) {
        if (StaleReplies.stale(r, day)) {
            return r.latestFollowUp() == null ? review(kind, key.replace(".reply", "") + ".review", r)
                    : reviewedReply(kind, key.replace(".reply", "") + ".review.reply", r, guest);
        }
        String reply = w.firstPerson.clauses(quoted(r.latestFollowUp()));
        return new TalkingPoint(kind, w.saidWithReply(key, quoted(r.text()), reply, guest, quoted(r.text()),
                lowerFirst(reply), null, w.subject(r)), List.of(r.id()), r.sources());
    }

    /**
     * A reply recorded over a year ago, said as what it is: a past step with its date ("tháng 10/2025, chúng tôi đã
     * ký …"), then that the province keeps following the request up — never as today's status (readers: the review
     * line alone for every old request hid what the records say was done).
     */
    private TalkingPoint reviewedReply(String kind, String key, RequestItem r, Guest guest) {
        String when = monthOf(StaleReplies.lastRecorded(r));
        String request = quoted(r.text());
        String reply = w.firstPerson.clauses(quoted(r.latestFollowUp()));
        String text;
        if (w.inline(request, reply)) {
            String done = EnglishSpeech.lower(EnglishSpeech.spoken(quoted(w.english(reply)), guest));
            text = w.l.format(key, EnglishSpeech.asked(w.english(request)), done, null, "", when);
        } else {
            text = w.said(key, List.of(request, reply), request, lowerFirst(reply), null, w.subject(r), when);
        }
        return new TalkingPoint(kind, text, List.of(r.id()), r.sources());
    }

    /** "tháng 11/2025", "November 2025" ("năm 2025", "2025" when only the year is known): a past step's time. */
    private String monthOf(vn.protocolbrief.domain.PartialDate d) {
        boolean yearOnly = d.precision() == vn.protocolbrief.domain.DatePrecision.YEAR;
        return w.l.date(yearOnly ? d : vn.protocolbrief.domain.PartialDate.of(d.iso().substring(0, 7)));
    }

    /** The line a leader can stand behind for a request whose latest record is over a year old ({@code key}). */
    private TalkingPoint review(String kind, String key, RequestItem r) {
        String text = w.inline(quoted(r.text())) ? w.l.format(key, EnglishSpeech.asked(w.english(quoted(r.text()))))
                : w.said(key, List.of(quoted(r.text())), quoted(r.text()), null, null, w.subject(r));
        return new TalkingPoint(kind, text, List.of(r.id()), r.sources());
    }

    /** Their requests we have answered: where they stand. (Open ones come under "what they may raise".) */
    List<TalkingPoint> answered(List<RequestItem> requests, Guest guest) {
        List<TalkingPoint> out = new ArrayList<>();
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && !r.status().isOpen()
                && r.latestFollowUp() != null).sorted(Comparator.comparing(RequestItem::lastRaised,
                Comparator.reverseOrder())).limit(TalkingPoints.PER_KIND).toList()) {
            out.add(replied("agreed", "point.commitment", r, guest));
        }
        return out;
    }

    /**
     * Our open requests, followed up: each was made at an earlier meeting, so it is said as made there and not asked
     * again as new ("Tại buổi làm việc tháng 3/2024, chúng tôi đã đề nghị …; chúng tôi mong … tiếp tục quan tâm"),
     * the requests of one meeting in one point. A request answered or closed is not said at all. Then our own
     * promises that were recorded as requests.
     */
    List<TalkingPoint> ours(List<RequestItem> requests, Guest guest) {
        List<TalkingPoint> commitments = new ArrayList<>();
        java.util.Map<PartialDate, List<RequestItem>> byMeeting = new java.util.LinkedHashMap<>();
        requests.stream()
                .filter(r -> r.direction() == Direction.VN_TO_JP && r.status().isOpen())
                .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                        .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder()))
                .limit(PROPOSALS)
                .forEach(r -> {
                    String ours = OurCommitments.said(withoutAskingVerb(quoted(r.text())), w.l);
                    if (ours != null) {
                        // A "request" that is our own promise is said as ours, never asked of the guest: after our
                        // asks, as a commitment (not counted among what we want from the guests).
                        String sentence = w.l.original(quoted(r.text())) && w.l.has("point.ours.unrendered")
                                ? w.l.get("point.ours.unrendered") : ours;
                        String text = w.inline(quoted(r.text())) ? w.l.format("point.ours", ourPart(
                                w.english(quoted(r.text())), guest)) : w.withOriginal(sentence, quoted(r.text()));
                        commitments.add(new TalkingPoint("agreed", text, List.of(r.id()), r.sources()));
                        return;
                    }
                    byMeeting.computeIfAbsent(r.lastRaised(), d -> new ArrayList<>()).add(r);
                });
        List<TalkingPoint> out = new ArrayList<>();
        byMeeting.forEach((when, asked) -> out.add(followUp(guest, when, asked)));
        out.addAll(commitments);
        return out;
    }

    /** The most words a sentence that says several asks may have: what a leader says in one breath. */
    static final int BREATH = 60;

    /**
     * One point following up the requests we made at one meeting ({@code when}; unknown: "earlier meetings"). The asks
     * are said in their own words up to a breath ({@link #BREATH} words in the sentence); the rest are counted and
     * pointed to the requests annex, never strung into one sentence the leader cannot say.
     */
    private TalkingPoint followUp(Guest guest, PartialDate when, List<RequestItem> asked) {
        String who = guest.inSpeech() == null ? w.l.format("point.proposal.side", guest.partner()) : guest.inSpeech();
        String at = when != null && when.known() ? w.l.format("point.followup.at", w.on(when).strip())
                : w.l.get("point.followup.earlier");
        List<String> texts = asked.stream().map(r -> quoted(r.text())).toList();
        String text;
        if ("en".equals(w.l.lang()) && !w.inline(texts.toArray(String[]::new))) {
            // The sentence says no ask; the originals follow it, as many as a breath holds, the rest counted.
            int said = saidUpToABreath(texts.size(), k -> String.join(" ", texts.subList(0, k)));
            List<String> about = asked.subList(0, said).stream().map(w::subject).filter(x -> !x.isEmpty())
                    .map(x -> x.replaceFirst("^ on ", "")).distinct().toList();
            String subject = about.isEmpty() ? "" : " on " + (about.size() == 1 ? about.get(0)
                    : String.join(", ", about.subList(0, about.size() - 1)) + " and " + about.get(about.size() - 1));
            String sentence = w.l.format("point.followup.unrendered" + (said > 1 ? ".many" : ""), at, who, subject)
                    + (said < texts.size() ? " " + countedApart("point.followup.more", texts.size() - said) : "");
            text = w.withOriginal(sentence, texts.subList(0, said).toArray(String[]::new));
        } else {
            List<String> asks = asked.stream().map(r -> asked(guest, r, who)).toList();
            int said = saidUpToABreath(asks.size(), k -> asking(at, who, joinedUpTo(asks, k)));
            text = w.l.format("point.followup", at, who, joinedUpTo(asks, said));
        }
        return new TalkingPoint("proposal", text, asked.stream().map(RequestItem::id).toList(),
                asked.stream().flatMap(r -> r.sources().stream()).distinct().sorted().toList());
    }

    /** How many of {@code n} asks one sentence says: the most whose sentence ({@code sentence}) is a breath; one at least. */
    private static int saidUpToABreath(int n, java.util.function.IntFunction<String> sentence) {
        int k = n;
        while (k > 1 && SpeechText.words(sentence.apply(k)) > BREATH) {
            k--;
        }
        return k;
    }

    /** The first {@code k} asks in their own words, then the rest counted (", cùng hai đề nghị khác"): the leader says
     * this to the guest, so it names no annex (rd19a: "see Annex 2" told to an ambassador); the annex lists them. */
    private String joinedUpTo(List<String> asks, int k) {
        String said = w.joined(asks.subList(0, k));
        int rest = asks.size() - k;
        return rest > 0 ? said + w.l.get("point.proposal.more.join") + (rest == 1
                ? w.l.format("point.proposal.more.one", "") : w.l.format("point.proposal.more", w.count(rest), ""))
                : said;
    }

    /** The sentence of a follow-up point that says the asks (the point without its closing hope). */
    private String asking(String at, String who, String asks) {
        String full = w.l.format("point.followup", at, who, asks);
        String open = w.l.format("point.followup", at, who, "\u0000");
        return full.substring(0, full.length() - (open.length() - open.indexOf("\u0000") - 1));
    }

    /** {@code key} ("….one" for one) with the count in words and the annex that lists every request, if any. */
    private String counted(String key, int n) {
        String ref = annex > 0 ? w.l.format("point.annex.ref", annex) : "";
        return n == 1 ? w.l.format(key + ".one", ref) : w.l.format(key, w.count(n), ref);
    }

    /** "Hai đề nghị khác … có trong Phụ lục 2.": a sentence of its own after an English point whose asks are originals. */
    private String countedApart(String key, int n) {
        String where = annex > 0 ? w.l.format("annex", annex) : w.l.get("point.annex.none");
        String text = n == 1 ? w.l.format(key + ".one", where) : w.l.format(key, w.count(n), where);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * What the guests may raise, with the line to take; when nothing of theirs awaits an answer, said plainly (citing
     * the visit's own source, {@code visitSource}). Every ask of theirs still open is said: those answered each with
     * its reply (the first {@link TalkingPoints#PER_KIND}), those never answered in one line, those whose last record
     * is over a year old in another (one line to take for all, not the same words after each).
     */
    List<TalkingPoint> raised(List<RequestItem> requests, Guest guest, List<Integer> visitSource) {
        List<TalkingPoint> out = new ArrayList<>();
        List<RequestItem> unanswered = new ArrayList<>();
        List<RequestItem> old = new ArrayList<>();
        List<RequestItem> replied = new ArrayList<>();
        List<RequestItem> ties = new ArrayList<>();
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && r.status().isOpen())
                .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                        .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder())).toList()) {
            // A proposal of ties between the two localities is welcomed, not "reviewed" (rd18, rd19a: Gia Lai's
            // proposal of friendly relations answered with a progress review).
            (r.latestFollowUp() != null ? replied : r.categories().equals(List.of(TIES)) ? ties
                    : StaleReplies.stale(r, day) ? old : unanswered).add(r);
        }
        for (RequestItem r : replied.stream().limit(TalkingPoints.PER_KIND).toList()) {
            out.add(replied("raise", "point.raise.reply", r, guest));
        }
        out.addAll(oneLine(unanswered, "point.raise.noreply"));
        out.addAll(oneLine(old, "point.raise.review"));
        out.addAll(oneLine(ties, "point.raise.ties"));
        if (out.isEmpty()) {
            // Never an empty heading, never silence: the leader is told plainly that nothing of theirs awaits an
            // answer, and the line to take on a new request.
            out.add(new TalkingPoint("raise", w.l.get("point.raise.none"), List.of(), visitSource));
        }
        return out;
    }

    /**
     * Their requests that share one line to take ({@code key}): said once for all of them, not repeated word for word
     * after each; as many said as a breath holds, the rest counted with the annex.
     */
    private List<TalkingPoint> oneLine(List<RequestItem> open, String key) {
        if (open.isEmpty()) {
            return List.of();
        }
        if (open.size() == 1) {
            return List.of(review("raise", key, open.get(0)));
        }
        List<String> texts = open.stream().map(r -> quoted(r.text())).toList();
        boolean inline = w.inline(texts.toArray(String[]::new));
        List<String> marked = texts.stream().map(t -> inline ? EnglishSpeech.asked(w.english(t)) : "“" + t + "”")
                .toList();
        int said = saidUpToABreath(marked.size(), k -> either(marked, k, texts.size()));
        String either = either(marked, said, texts.size());
        String subjects = open.stream().map(w::subject).distinct().filter(x -> !x.isEmpty())
                .map(x -> x.replaceFirst("^ on ", "")).collect(java.util.stream.Collectors.joining(", "));
        String text = inline ? w.l.format(key + ".many", either) : w.said(key + ".many", texts.subList(0, said),
                either, null, null, subjects.isEmpty() ? "" : w.l.format("point.raise.on", subjects));
        if (!inline && "en".equals(w.l.lang()) && said < texts.size()) {
            String apart = countedApart("point.raise.apart", texts.size() - said);
            text = text.replaceFirst("\n", java.util.regex.Matcher.quoteReplacement(" " + apart + "\n"));
        }
        return List.of(new TalkingPoint("raise", text, open.stream().map(RequestItem::id).toList(),
                open.stream().flatMap(r -> r.sources().stream()).distinct().sorted().toList()));
    }

    /** "“A”, “B” hoặc một trong hai đề nghị khác (xem Phụ lục 2)": the first {@code k} of the asks, the rest counted. */
    private String either(List<String> marked, int k, int all) {
        List<String> said = new ArrayList<>(marked.subList(0, k));
        if (k < all) {
            said.add(counted("point.raise.more", all - k));
        }
        return String.join(", ", said.subList(0, said.size() - 1)) + w.l.get("point.raise.or")
                + said.get(said.size() - 1);
    }

    /** Our own promise in English, in the first person: "we will …"; else "we have undertaken to …". */
    private static String ourPart(String english, Guest guest) {
        String said = EnglishSpeech.spoken(quoted(english), guest);
        return said.startsWith("we ") ? said : "we have undertaken " + EnglishSpeech.asked(said);
    }

    /**
     * What we asked, after "chúng tôi đã đề nghị Ngài Đại sứ": a request that opens with its own verb as written
     * ("phối hợp tổ chức …"); any other to be considered and supported; with how often we raised it.
     */
    /**
     * How many first words of {@code text} name the guest: the whole of {@code name}, or its first two words or more
     * ("Đại sứ quán làm cầu nối …" for the guest "Đại sứ quán Nhật Bản tại Việt Nam"); 0 when the text does not open
     * with the guest, or when nothing would be left after it.
     */
    static int leadingName(String text, String name) {
        String[] words = text.split("\\s+");
        String[] named = name.split("\\s+");
        for (int n = Math.min(named.length, words.length - 1); n >= Math.min(2, named.length); n--) {
            // "Đại sứ quán" (the embassy) is not "Đại sứ" (the ambassador) followed by a verb: "quán" makes the mission.
            boolean mission = java.text.Normalizer.normalize(words[n], java.text.Normalizer.Form.NFC).equalsIgnoreCase("quán");
            if (!mission && Text.fold(String.join(" ", java.util.Arrays.copyOf(words, n)))
                    .equalsIgnoreCase(Text.fold(String.join(" ", java.util.Arrays.copyOf(named, n))))) {
                return n;
            }
        }
        return 0;
    }

    private String asked(Guest guest, RequestItem r, String who) {
        String repeated = !r.repeated() ? "" : r.firstRaised().known()
                ? w.l.format("point.proposal.repeated", w.count(r.timesRaised()), w.l.date(r.firstRaised()))
                : w.l.format("point.proposal.repeated.undated", w.count(r.timesRaised()));
        String t = withoutAskingVerb(quoted(r.text()));
        if ("vi".equals(w.l.lang())) {
            // "Ngài Đại sứ quan tâm đến …" as written: the guest the sentence already names is not named again.
            String post = who.replaceFirst("^(?:Ngài|Ông|Bà|Cô|phía)\\s+", "");
            boolean named = false;
            // The guest as the text may name them: as addressed, by post, or as the partner body ("Đại sứ quán …").
            for (String name : java.util.stream.Stream.of(who, post, guest.partner()).filter(java.util.Objects::nonNull)
                    .map(n -> n.replaceFirst("^(?:phía)\\s+", "")).toList()) {
                int n = leadingName(t, name);
                if (n > 0) {
                    String[] words = t.split("\\s+");
                    t = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
                    named = true;
                    break;
                }
            }
            String folded = Text.fold(t);
            boolean verb = named || REQUEST_VERBS.stream().anyMatch(folded::startsWith);
            return w.l.format(verb ? "point.proposal.verb" : "point.proposal", lowerFirst(t), repeated);
        }
        return w.l.format("point.proposal", EnglishSpeech.asked(w.english(quoted(r.text()))), repeated);
    }
}
