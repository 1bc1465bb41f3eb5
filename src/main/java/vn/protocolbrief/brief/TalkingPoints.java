package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.AidItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * Talking points a leader reads aloud, in the first person, in the order of an official speech: welcome → thanks
 * owed → what was agreed and where it stands → our proposals → what the guests may raise, with the line to take →
 * invitation and closing. Every point that states a fact is built from records and cites them. A point never
 * carries a bracketed placeholder: a fact whose date is unknown is said without a date. In an English pack the
 * record text (Vietnamese) follows the sentence on its own line, marked as the original, never inside it.
 */
final class TalkingPoints {
    static final int PROPOSALS = 3;
    /** At most this many points of each kind drawn from records: a speech, not a list of every record. */
    static final int PER_KIND = 3;
    private static final List<String> REQUEST_VERBS = List.of("tiep tuc", "ho tro", "quan tam", "tao dieu kien",
            "thuc day", "phoi hop", "chia se", "gioi thieu", "ket noi", "mo rong", "tang cuong", "xem xet", "uu tien",
            "vien tro", "quang ba", "dau tu", "hop tac");

    /**
     * Verbs of asking that open a request as it was written (general administrative Vietnamese, folded), longest
     * first so that "mong muốn được" is taken whole.
     */
    private static final List<String> ASKING_VERBS = List.of("tran trong de nghi", "kinh de nghi", "mong muon duoc",
            "rat mong muon", "mong muon", "rat mong", "mong duoc", "de nghi", "kien nghi", "de xuat", "yeu cau", "mong",
            "xin");

    private final Labels l;
    private final FirstPerson firstPerson;
    /** A request's main category as an English point names it when its text has no rendering ("investment"). */
    private final java.util.Map<String, String> subjects;

    TalkingPoints(Labels labels, FirstPerson firstPerson) {
        this(labels, firstPerson, java.util.Map.of());
    }

    TalkingPoints(Labels labels, FirstPerson firstPerson, java.util.Map<String, String> subjects) {
        this.l = labels;
        this.firstPerson = firstPerson;
        this.subjects = java.util.Map.copyOf(subjects);
    }

    /**
     * Who the speech is addressed to: the full form ("Ngài Đại sứ I-tô Na-ô-ki"), the short one ("Ngài Đại sứ") and
     * the partner as it stands in a sentence.
     */
    record Guest(String address, String inSpeech, String partner) {
    }

    /** Where the speech is given: "tỉnh Phú Thọ" / "Phu Tho Province", as the pack's language writes it. */
    record Host(String unitAndName, String name) {
    }

    List<TalkingPoint> derive(Guest guest, Host host, List<Integer> visitSource, List<MeetingItem> history,
                              List<AidItem> aid, List<AgreementItem> agreements, List<RequestItem> requests) {
        List<TalkingPoint> out = new ArrayList<>();
        String welcomed = guest.address() == null ? l.format("point.welcome.delegation", guest.partner())
                : l.format("point.welcome.guest", guest.address(), guest.partner());
        out.add(new TalkingPoint("welcome", l.format("point.welcome", host.unitAndName(), welcomed, host.name()),
                List.of(), visitSource));
        // One meeting whose outcome is said below: the relation is not said twice.
        boolean outcomeSaid = history.size() == 1 && history.get(0).outcome() != null;
        if (!history.isEmpty() && !outcomeSaid) {
            MeetingItem first = history.get(history.size() - 1);
            List<Integer> cited = history.stream().flatMap(m -> m.sources().stream()).distinct().sorted().toList();
            String text = history.size() == 1
                    ? l.format("point.relation.one", guest.partner(), on(history.get(0).date()))
                    : l.format("point.relation", guest.partner(), history.size(), since(first));
            out.add(new TalkingPoint("welcome", text, history.stream().map(MeetingItem::id).toList(), cited));
        }
        for (AidItem a : aid.stream().filter(a -> a.withPartner() && thankable(a))
                .sorted(Comparator.comparing(AidItem::date, Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            String amount = a.amount() == null ? "" : l.format("point.thanks.amount", a.amount());
            out.add(new TalkingPoint("thanks", said("point.thanks", List.of(a.title()), a.donor(), a.title(), amount,
                    guest.partner()), List.of(a.id()), a.sources()));
        }
        List<AgreementItem> signed = agreements.stream().filter(AgreementItem::withPartner)
                .sorted(Comparator.comparing(AgreementItem::signedOn, Comparator.reverseOrder())).limit(PER_KIND).toList();
        for (AgreementItem a : signed) {
            // Said as the record has it: signed, agreed in words, or still proposed.
            String signer = signer(a, host);
            String key = "point.agreement." + a.happened().key() + (signer == null ? "" : ".by")
                    + (a.signedOn().known() ? "" : ".undated");
            // After "ký" the title must read as a document (the English sentence does not carry the title).
            String title = a.happened() == AgreementWords.AGREED ? a.title() : AgreementTitles.asDocument(a.title());
            out.add(new TalkingPoint("agreed", said(key, List.of(a.title()), title, on(a.signedOn()), signer,
                    guest.partner()),
                    List.of(a.id()), a.sources()));
        }
        if (!history.isEmpty() && history.get(0).outcome() != null && !saidAlready(history.get(0), signed)) {
            MeetingItem last = history.get(0);
            String outcome = "vi".equals(l.lang()) ? toGuest(firstPerson.clauses(quoted(last.outcome())), guest)
                    : quoted(last.outcome());
            out.add(new TalkingPoint("agreed", said("point.outcome", List.of(outcome), on(last.date()), outcome),
                    List.of(last.id()), last.sources()));
        }
        // Their requests we have answered: where they stand. (Open ones come under "what they may raise".)
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && !r.status().isOpen()
                && r.latestFollowUp() != null).sorted(Comparator.comparing(RequestItem::lastRaised,
                Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            String reply = firstPerson.clauses(quoted(r.latestFollowUp()));
            out.add(new TalkingPoint("agreed", saidWithReply("point.commitment", quoted(r.text()), reply,
                    quoted(r.text()), lowerFirst(reply), null, subject(r)), List.of(r.id()), r.sources()));
        }
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
                        commitments.add(new TalkingPoint("agreed", withOriginal(sentence, quoted(r.text())),
                                List.of(r.id()), r.sources()));
                        return;
                    }
                    String repeated = !r.repeated() ? "" : r.firstRaised().known()
                            ? l.format("point.proposal.repeated", r.timesRaised(), l.date(r.firstRaised()))
                            : l.format("point.proposal.repeated.undated", r.timesRaised());
                    out.add(new TalkingPoint("proposal", proposal(guest, r, repeated), List.of(r.id()), r.sources()));
                });
        out.addAll(commitments);
        List<RequestItem> unanswered = new ArrayList<>();
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && r.status().isOpen())
                .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                        .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            if (r.latestFollowUp() == null) {
                unanswered.add(r);
                continue;
            }
            String reply = firstPerson.clauses(quoted(r.latestFollowUp()));
            out.add(new TalkingPoint("raise", saidWithReply("point.raise.reply", quoted(r.text()), reply,
                    quoted(r.text()), lowerFirst(reply), null, subject(r)), List.of(r.id()), r.sources()));
        }
        out.addAll(unanswered(unanswered));
        String closing = guest.address() == null ? l.format("point.closing.delegation", guest.partner(), host.unitAndName())
                : l.format("point.closing", guest.address(), host.unitAndName(), guest.inSpeech());
        out.add(new TalkingPoint("closing", closing, List.of(), visitSource));
        return SpokenOnce.withoutRepeats(out);
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
            return List.of(new TalkingPoint("raise", said("point.raise.noreply", List.of(quoted(r.text())),
                    quoted(r.text()), null, null, subject(r)), List.of(r.id()), r.sources()));
        }
        List<String> texts = open.stream().map(r -> quoted(r.text())).toList();
        List<String> marked = texts.stream().map(t -> "“" + t + "”").toList();
        String either = String.join(", ", marked.subList(0, marked.size() - 1)) + l.get("point.raise.or")
                + marked.get(marked.size() - 1);
        String subjects = open.stream().map(this::subject).distinct().filter(x -> !x.isEmpty())
                .map(x -> x.replaceFirst("^ on ", "")).collect(java.util.stream.Collectors.joining(", "));
        return List.of(new TalkingPoint("raise", said("point.raise.noreply.many", texts, either, null, null,
                subjects.isEmpty() ? "" : l.format("point.raise.on", subjects)), open.stream().map(RequestItem::id).toList(),
                open.stream().flatMap(r -> r.sources().stream()).distinct().sorted().toList()));
    }

    /**
     * The point's sentence with its record texts. In an English pack a sentence that points at the lines below
     * ("the agreement below") is said only when they are English (the officer's renderings); when one is still the
     * Vietnamese original the point is said whole without pointing at it ({@code KEY.unrendered}) and the original
     * follows once, marked.
     */
    private String said(String key, List<String> originals, Object... args) {
        boolean unrendered = originals.stream().anyMatch(l::original);
        String k = unrendered && l.has(key + ".unrendered") ? key + ".unrendered" : key;
        return withOriginal(l.format(k, args), originals.toArray(String[]::new));
    }

    /**
     * A request and what was done since: in an English pack whose lines are both English they are labelled, so that
     * two such points said once (their lines joined) still tell each request from its answer.
     */
    private String saidWithReply(String key, String request, String reply, Object... args) {
        if (!"en".equals(l.lang()) || l.original(request) || l.original(reply)) {
            return said(key, List.of(request, reply), args);
        }
        return l.format(key, args) + "\n" + l.format("point.line.request", l.record(request)) + "\n"
                + l.format("point.line.done", l.record(reply));
    }

    /**
     * Who signed an agreement when it was not the province itself but one of its localities (a city before a merger:
     * "Thành phố Quy Nhơn (tỉnh Bình Định cũ)"): "hai bên" would claim more than the record; null when the province
     * signed, or the agreement was not signed.
     */
    private String signer(AgreementItem a, Host host) {
        String where = a.provinceAsWritten();
        if (a.happened() != AgreementWords.SIGNED || where == null || host.name() == null
                || Text.fold(where).contains(Text.fold(host.name()))) {
            return null;
        }
        if (!"vi".equals(l.lang())) {
            return where;
        }
        String written = Localities.written(where);
        return Character.toUpperCase(written.charAt(0)) + written.substring(1);
    }

    /**
     * A clause of a record whose subject is the guest's post ("Đại sứ sẵn sàng …") is said to the guest's face
     * ("Ngài Đại sứ sẵn sàng …"), never of him in the third person.
     */
    static String toGuest(String text, Guest guest) {
        if (text == null || guest.inSpeech() == null) {
            return text;
        }
        String post = guest.inSpeech().replaceFirst("^(Ngài|Ông|Bà|Cô)\\s+", "");
        if (post.equals(guest.inSpeech()) && post.matches("Ngài|Ông|Bà|Cô")) {
            return text;
        }
        String[] clauses = text.split("; ");
        for (int i = 0; i < clauses.length; i++) {
            String c = clauses[i];
            if (Text.fold(c).startsWith(Text.fold(post) + " ") && c.length() > post.length()
                    && !Character.isUpperCase(c.charAt(post.length() + 1))) {
                clauses[i] = guest.inSpeech() + c.substring(post.length());
            }
        }
        return String.join("; ", clauses);
    }

    /** " on investment": what an English point says a request is about when its text is not in English. */
    private String subject(RequestItem r) {
        String s = r.categories().isEmpty() ? null : subjects.get(r.category());
        return s == null ? "" : " on " + s;
    }

    /**
     * In a Vietnamese pack the sentence as it is (the record text inside it); in an English pack the English
     * sentence, then each record text on its own line marked as the original.
     */
    private String withOriginal(String sentence, String... originals) {
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
    private String on(PartialDate d) {
        if (d == null || !d.known()) {
            return "";
        }
        return l.format(d.precision() == vn.protocolbrief.domain.DatePrecision.DAY ? "point.on.day" : "point.on.period",
                l.date(d));
    }

    private String since(MeetingItem first) {
        return first.date().known() ? l.format("point.relation.since", l.date(first.date())) : "";
    }

    /** The outcome of the last meeting is not repeated when it was the signing of an agreement already named. */
    private static boolean saidAlready(MeetingItem last, List<AgreementItem> signed) {
        String outcome = Text.fold(last.outcome());
        return signed.stream().anyMatch(a -> (a.signedOn().known() && a.signedOn().equals(last.date()))
                || outcome.contains(Text.fold(quoted(a.title()))));
    }

    /** Aid a leader thanks for: given or under way, with a named donor (assembly keeps only such records). */
    private static boolean thankable(AidItem a) {
        return a.donor() != null && !"proposed".equals(a.status()) && !"cancelled".equals(a.status());
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
            String folded = Text.fold(t);
            boolean verb = REQUEST_VERBS.stream().anyMatch(folded::startsWith);
            return l.format(verb ? "point.proposal.verb" : "point.proposal", who, lowerFirst(t), repeated);
        }
        return said("point.proposal", List.of(quoted(text)), who, t, repeated, subject(r));
    }

    /**
     * The request without a leading asking verb ("mong muốn: …", "đề nghị …"): the point's own sentence already asks,
     * and "đề nghị Ngài quan tâm, hỗ trợ: mong muốn …" asks twice. Text that is only the verb stays as it is.
     */
    static String withoutAskingVerb(String text) {
        String[] words = text.strip().split("\\s+");
        for (String verb : ASKING_VERBS) {
            String[] cue = verb.split(" ");
            if (words.length <= cue.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < cue.length && match; i++) {
                String w = Text.fold(words[i]).replaceAll("[:,]$", "");
                match = w.equals(cue[i]) && (i == cue.length - 1 || !words[i].endsWith(":"));
            }
            if (match) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, cue.length, words.length))
                        .replaceFirst("^[:,\\s]+", "");
                return rest.isEmpty() ? text : rest;
            }
        }
        return text;
    }

    /**
     * Lower-cases the first letter only where the first word is a common Vietnamese word: a name keeps its capital
     * ("Phú Thọ", "OCOP", "Đại học Osaka Metropolitan", "Gifu tiếp nhận …", "Huế đề nghị …").
     */
    static String lowerFirst(String s) {
        String[] words = s.split(" ", 4);
        // A capital among the next two words: a name of several words ("Phú Thọ", "Đại học Osaka Metropolitan").
        for (int i = 1; i < Math.min(3, words.length); i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return s;
            }
        }
        if (words[0].length() > 1 && words[0].chars().filter(Character::isUpperCase).count() > 1) {
            return s;
        }
        if (!CommonWord.is(words[0])) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A quoted text loses its closing full stop: the sentence around it has its own. */
    static String quoted(String text) {
        String t = text.strip();
        while (t.endsWith(".") && !t.endsWith("...")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
