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
    /** English for the parts of record texts a point says (clauses of an outcome), by rendering key. */
    private final java.util.Map<String, String> partEnglish = new java.util.HashMap<>();
    /** The promises made at this pair's meetings: the guests' are thanked for, ours said as what we did. */
    private List<Promise> promises = List.of();

    TalkingPoints(Labels labels, FirstPerson firstPerson) {
        this(labels, firstPerson, java.util.Map.of());
    }

    TalkingPoints(Labels labels, FirstPerson firstPerson, java.util.Map<String, String> subjects) {
        this.l = labels;
        this.firstPerson = firstPerson;
        this.subjects = java.util.Map.copyOf(subjects);
    }

    /** The same points, with the promises each side made at the pair's meetings said in the speech. */
    TalkingPoints withPromises(List<Promise> promises) {
        this.promises = List.copyOf(promises);
        return this;
    }

    /**
     * Who the speech is addressed to: the full form ("Ngài Đại sứ I-tô Na-ô-ki"), the short one ("Ngài Đại sứ") and
     * the partner as it stands in a sentence.
     */
    record Guest(String address, String inSpeech, String partner) {
    }

    /**
     * What one side promised at a meeting with this partner ({@code ours}: the province), where it stands and the
     * latest note of its follow-up (null when none), with its sources.
     */
    record Promise(String id, boolean ours, String text, vn.protocolbrief.domain.RequestStatus status,
                   String latestNote, List<Integer> sources) {
    }

    /** Where the speech is given: "tỉnh Phú Thọ" / "Phu Tho Province", as the pack's language writes it. */
    record Host(String unitAndName, String name) {
    }

    List<TalkingPoint> derive(Guest guest, Host host, List<Integer> visitSource, List<MeetingItem> history,
                              List<AidItem> aid, List<AgreementItem> agreements, List<RequestItem> requests) {
        // The visit's purpose is not said here: the front brief's first part states it, and a point repeating it
        // made the leader say it twice (the purpose typed for a visit is a plan's heading, not a sentence to the guest).
        List<TalkingPoint> out = new ArrayList<>();
        String welcomed = guest.address() == null ? l.format("point.welcome.delegation", guest.partner())
                : l.format("point.welcome.guest", guest.address(), guest.partner());
        out.add(new TalkingPoint("welcome", l.format("point.welcome", host.unitAndName(), welcomed, host.name()),
                List.of(), visitSource));
        List<AgreementItem> signed = agreements.stream().filter(AgreementItem::withPartner)
                .sorted(Comparator.comparing(AgreementItem::signedOn, Comparator.reverseOrder())).limit(PER_KIND).toList();
        String rest = history.isEmpty() || history.get(0).outcome() == null ? null
                : notSaid(quoted(history.get(0).outcome()), history.get(0), signed);
        // One meeting whose outcome is said below: the relation is not said twice.
        boolean outcomeSaid = history.size() == 1 && rest != null;
        if (!history.isEmpty() && !outcomeSaid) {
            MeetingItem first = history.get(history.size() - 1);
            List<Integer> cited = history.stream().flatMap(m -> m.sources().stream()).distinct().sorted().toList();
            // A meeting is a record of people who met; a signing or an exchange told in a source without anyone
            // named meeting is another contact, and is not counted as a meeting of the pair.
            long met = history.stream().filter(TalkingPoints::met).count();
            long other = history.size() - met;
            String text = history.size() == 1
                    ? l.format(met == 1 ? "point.relation.one" : "point.relation.contact.one", guest.partner(),
                    on(history.get(0).date()))
                    : met == 0 ? l.format("point.relation.contacts", guest.partner(),
                    l.format("point.contacts.many", other), since(first))
                    : other == 0 ? l.format("point.relation", guest.partner(), met, since(first))
                    : l.format("point.relation.others", guest.partner(), l.format(met == 1 ? "point.meetings.one"
                    : "point.meetings.many", met), since(first), l.format(other == 1 ? "point.others.one"
                    : "point.others.many", other));
            out.add(new TalkingPoint("welcome", text, history.stream().map(MeetingItem::id).toList(), cited));
        }
        for (AidItem a : aid.stream().filter(a -> a.withPartner() && thankable(a))
                .sorted(Comparator.comparing(AidItem::date, Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            String amount = a.amount() == null ? "" : l.format("point.thanks.amount", a.amount());
            // The donor as the record names it ("the Government of Japan"); the guests when it has no English.
            String donor = !"en".equals(l.lang()) ? a.donor()
                    : english(a.donor()) != null ? withThe(english(a.donor())) : guest.partner();
            String text = inline(a.title()) ? l.format("point.thanks", donor, english(a.title()), amount,
                    guest.partner()) : said("point.thanks", List.of(a.title()), donor, a.title(), amount, guest.partner());
            out.add(new TalkingPoint("thanks", text, List.of(a.id()), a.sources()));
        }
        String outcomeFolded = rest == null ? "" : Text.fold(rest);
        // The guests' side is thanked once for what it kept and once for what it undertook, the promises joined in
        // one sentence; who on their side promised is not recorded, so their side is named, not the head.
        List<Promise> theirs = promises.stream().filter(p -> !p.ours() && sayable(p, outcomeFolded)).limit(PER_KIND)
                .toList();
        for (boolean kept : new boolean[] {true, false}) {
            List<Promise> these = theirs.stream().filter(p -> (p.status() == vn.protocolbrief.domain.RequestStatus.DONE)
                    == kept).toList();
            if (these.isEmpty()) {
                continue;
            }
            String who = l.format("point.proposal.side", guest.partner());
            String key = kept ? "point.promise.kept" : "point.promise.theirs";
            List<String> texts = these.stream().map(Promise::text).toList();
            String text = inline(texts.toArray(String[]::new))
                    ? l.format(key, who, joined(texts.stream().map(t -> EnglishSpeech.asked(promised(english(t))))
                    .toList()))
                    : said(key, texts, who, joined(texts.stream().map(t -> promised(quoted(t))).toList()));
            out.add(new TalkingPoint("thanks", text, these.stream().map(Promise::id).toList(),
                    these.stream().flatMap(p -> p.sources().stream()).distinct().sorted().toList()));
        }
        // An agreement the two sides signed at the last meeting whose outcome is said below: one point says the
        // meeting, the signing and what else was agreed, never the meeting twice (point 3 and point 4 both "at the
        // meeting of 11/2023").
        AgreementItem atLast = rest == null ? null : signed.stream().filter(a -> a.happened() == AgreementWords.SIGNED
                && signer(a, host) == null && SpeechFacts.sameMeeting(a.signedOn(), history.get(0).date()))
                .findFirst().orElse(null);
        String atLastText = null;
        for (AgreementItem a : signed) {
            // Said as the record has it: signed, agreed in words, or still proposed.
            String signer = signer(a, host);
            String key = a == atLast ? "point.agreement.signed.atlast"
                    : "point.agreement." + a.happened().key() + (signer == null ? "" : ".by")
                    + (a.signedOn().known() ? "" : ".undated");
            // After "ký" the title must read as a document (the English sentence does not carry the title).
            String title = a.happened() == AgreementWords.AGREED ? a.title() : AgreementTitles.asDocument(a.title());
            if (inline(a.title())) {
                String en = english(a.title());
                title = a.happened() == AgreementWords.AGREED ? EnglishSpeech.lower(en) : EnglishSpeech.document(en);
            }
            String text = inline(a.title()) ? l.format(key, title, on(a.signedOn()), signer, guest.partner())
                    : said(key, List.of(a.title()), title, on(a.signedOn()), signer, guest.partner());
            if (a == atLast) {
                atLastText = text;
                continue;
            }
            out.add(new TalkingPoint("agreed", text, List.of(a.id()), a.sources()));
        }
        if (rest != null) {
            TalkingPoint outcome = outcomePoint(history.get(0), rest, guest, atLast != null);
            out.add(atLast == null ? outcome : SpeechFacts.opened(atLastText, outcome, atLast,
                    l.get("point.agreement.atlast.hope")));
        }
        // Their requests we have answered: where they stand. (Open ones come under "what they may raise".)
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && !r.status().isOpen()
                && r.latestFollowUp() != null).sorted(Comparator.comparing(RequestItem::lastRaised,
                Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            String reply = firstPerson.clauses(quoted(r.latestFollowUp()));
            out.add(new TalkingPoint("agreed", saidWithReply("point.commitment", quoted(r.text()), reply, guest,
                    quoted(r.text()), lowerFirst(reply), null, subject(r)), List.of(r.id()), r.sources()));
        }
        for (Promise p : promises.stream().filter(p -> p.ours() && sayable(p, outcomeFolded)).limit(PER_KIND)
                .toList()) {
            String done = p.status() == vn.protocolbrief.domain.RequestStatus.DONE ? ".done" : "";
            String note = p.latestNote() == null ? null : firstPerson.clauses(quoted(p.latestNote()));
            String key = "point.promise.ours" + done + (note == null ? "" : ".note");
            String text;
            if (inline(p.text(), note)) {
                String en = EnglishSpeech.asked(promised(english(p.text())));
                text = l.format(key, en, note == null ? null : EnglishSpeech.lower(EnglishSpeech.spoken(
                        quoted(english(note)), guest)));
            } else if ("en".equals(l.lang())) {
                text = withOriginal(l.get("point.promise.ours.unrendered"), note == null
                        ? new String[] {p.text()} : new String[] {p.text(), note});
            } else {
                text = l.format(key, promised(quoted(p.text())), note == null ? null : lowerFirst(note));
            }
            out.add(new TalkingPoint("agreed", text, List.of(p.id()), p.sources()));
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
                        String text = inline(quoted(r.text())) ? l.format("point.ours", ourPart(
                                english(quoted(r.text())), guest)) : withOriginal(sentence, quoted(r.text()));
                        commitments.add(new TalkingPoint("agreed", text, List.of(r.id()), r.sources()));
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
            out.add(new TalkingPoint("raise", saidWithReply("point.raise.reply", quoted(r.text()), reply, guest,
                    quoted(r.text()), lowerFirst(reply), null, subject(r)), List.of(r.id()), r.sources()));
        }
        out.addAll(unanswered(unanswered));
        String closing = guest.address() == null ? l.format("point.closing.delegation", guest.partner(), host.unitAndName())
                : l.format("point.closing", guest.address(), host.unitAndName(), guest.inSpeech());
        out.add(new TalkingPoint("closing", closing, List.of(), visitSource));
        return SpokenOnce.withoutRepeats(out.stream().map(p -> new TalkingPoint(p.kind(), aloud(p.text()),
                p.recordIds(), p.sources())).toList());
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
            String text = inline(quoted(r.text()))
                    ? l.format("point.raise.noreply", EnglishSpeech.asked(english(quoted(r.text()))))
                    : said("point.raise.noreply", List.of(quoted(r.text())), quoted(r.text()), null, null, subject(r));
            return List.of(new TalkingPoint("raise", text, List.of(r.id()), r.sources()));
        }
        List<String> texts = open.stream().map(r -> quoted(r.text())).toList();
        boolean inline = inline(texts.toArray(String[]::new));
        List<String> marked = texts.stream().map(t -> inline ? EnglishSpeech.asked(english(t)) : "“" + t + "”")
                .toList();
        String either = String.join(", ", marked.subList(0, marked.size() - 1)) + l.get("point.raise.or")
                + marked.get(marked.size() - 1);
        String subjects = open.stream().map(this::subject).distinct().filter(x -> !x.isEmpty())
                .map(x -> x.replaceFirst("^ on ", "")).collect(java.util.stream.Collectors.joining(", "));
        String text = inline ? l.format("point.raise.noreply.many", either) : said("point.raise.noreply.many", texts,
                either, null, null, subjects.isEmpty() ? "" : l.format("point.raise.on", subjects));
        return List.of(new TalkingPoint("raise", text, open.stream().map(RequestItem::id).toList(),
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
     * A request and what was done since: in an English pack whose texts both have renderings, said in one sentence
     * as the Vietnamese pack says it ("On your request to …: we have …"), our side in the first person.
     */
    private String saidWithReply(String key, String request, String reply, Guest guest, Object... args) {
        if (!inline(request, reply)) {
            return said(key, List.of(request, reply), args);
        }
        String done = EnglishSpeech.spoken(quoted(english(reply)), guest);
        return l.format(key, EnglishSpeech.asked(english(request)), EnglishSpeech.lower(done));
    }

    /** True in an English pack when every one of these record texts has the officer's English: said inside. */
    private boolean inline(String... originals) {
        return "en".equals(l.lang()) && java.util.Arrays.stream(originals)
                .noneMatch(t -> t != null && !t.isBlank() && english(t) == null);
    }

    /** "A", "A và B", "A, B và C" ("and" in English): several things said in one sentence. */
    private String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("; ", items.subList(0, items.size() - 1)) + l.get("point.and") + items.get(items.size() - 1);
    }

    /** Words a promise may open with before what will be done: "Sẽ …", "Cam kết sẽ …", "Will …", "To …". */
    private static final java.util.regex.Pattern PROMISED = java.util.regex.Pattern.compile(
            "^(?iu)(?:(?:cam kết|hứa|nhất trí)\\s+)?(?:sẽ\\s+)?(?:(?:will|shall|undertakes? to|commits? to|promises? to"
                    + "|agrees? to)\\s+)?(?:to\\s+)?");
    /** A promise this short does not say what will be done ("tiếp tục phối"): it is not read out. */
    private static final int LEAST_PROMISE_WORDS = 4;

    /** What was promised, as a verb phrase: "phái một nhân viên …" (without its "Sẽ"), "send a staff member …". */
    static String promised(String text) {
        String t = PROMISED.matcher(text.strip()).replaceFirst("");
        return t.isEmpty() ? text : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /**
     * A promise a leader can say: not declined, long enough to say what will be done, and not already said in the
     * last meeting's outcome (each fact once).
     */
    private static boolean sayable(Promise p, String outcomeFolded) {
        if (p.status() == vn.protocolbrief.domain.RequestStatus.DECLINED) {
            return false;
        }
        String what = promised(quoted(p.text()));
        return what.split("\\s+").length >= LEAST_PROMISE_WORDS && !outcomeFolded.contains(Text.fold(what));
    }

    /**
     * The last meeting's outcome as a leader says it, clause by clause by whose act it is: what the two sides agreed
     * ("hai bên đã thống nhất: …"), what the guests offered ("chúng tôi trân trọng việc Ngài Đại sứ sẵn sàng …"), what
     * we undertook ("Về phần mình, chúng tôi cam kết …"), and what a third party did at that meeting ("Cũng tại buổi
     * làm việc này, Đại học A – Đại học B ký …"), never all of it as agreed. An English pack splits the officer's
     * rendering the same way when it has as many clauses; without a rendering the outcome is said around, as before.
     */
    private TalkingPoint outcomePoint(MeetingItem last, String rest, Guest guest, boolean meetingSaid) {
        String[] clauses = rest.split("; ");
        String en = english(rest);
        String[] enClauses = en == null ? null : quoted(en).split("; ");
        boolean english = "en".equals(l.lang());
        if (english && (enClauses == null || enClauses.length != clauses.length)) {
            String outcome = rest;
            String key = meetingSaid ? "point.outcome.too" : "point.outcome";
            String text = inline(rest) ? l.format(key, on(last.date()),
                    EnglishSpeech.agreed(EnglishSpeech.spoken(quoted(english(rest)), guest)))
                    : said(key, List.of(outcome), on(last.date()), outcome);
            return new TalkingPoint("agreed", text, List.of(last.id()), last.sources());
        }
        java.util.Map<String, List<String>> by = new java.util.LinkedHashMap<>();
        for (String kind : List.of("agreed", "guest", "ours", "other")) {
            by.put(kind, new ArrayList<>());
        }
        for (int i = 0; i < clauses.length; i++) {
            String c = clauses[i].strip();
            String folded = Text.fold(c).toLowerCase(java.util.Locale.ROOT);
            boolean subjectless = folded.matches("^(da|dang|se) .*");
            // In English the officer's clause tells whose act it is ("The province …", "The Mayor …").
            String spokenEn = english ? EnglishSpeech.spoken(enClauses[i].strip(), guest) : null;
            boolean changed = english && !spokenEn.equals(enClauses[i].strip());
            String kind = english ? (changed ? (spokenEn.startsWith("we ") ? "ours" : "guest")
                    : EnglishSpeech.ofGuest(enClauses[i]) ? "guest" : thirdParty(c, guest) ? "other" : "agreed")
                    : !toGuest(c, guest).equals(c) ? "guest"
                    : !subjectless && Text.fold(firstPerson.clauses(c)).toLowerCase(java.util.Locale.ROOT)
                    .startsWith("chung toi") ? "ours"
                    : thirdParty(c, guest) ? "other" : "agreed";
            by.get(kind).add(english ? enClauses[i] : c);
        }
        List<String> sentences = new ArrayList<>();
        String date = meetingSaid ? null : on(last.date());
        if (!by.get("agreed").isEmpty()) {
            String said = String.join("; ", by.get("agreed"));
            String key = date == null ? "point.outcome.too" : "point.outcome";
            sentences.add(english ? l.format(key, date, EnglishSpeech.agreed(EnglishSpeech.spoken(said,
                    guest))) : l.format(key, date, lowerFirst(firstPerson.clauses(withoutAgreedVerb(said)))));
            date = null;
        }
        if (!by.get("guest").isEmpty()) {
            String said = String.join("; ", by.get("guest"));
            said = english ? EnglishSpeech.spoken(said, guest) : toGuest(said, guest);
            sentences.add(date == null ? l.format("point.outcome.guest", said)
                    : l.format("point.outcome.guest.first", date, said));
            date = null;
        }
        if (!by.get("ours").isEmpty()) {
            String said = String.join("; ", by.get("ours"));
            said = english ? EnglishSpeech.spoken(said, guest) : lowerFirst(firstPerson.clauses(said));
            sentences.add(date == null ? l.format("point.outcome.ours", said)
                    : l.format("point.outcome.ours.first", date, said));
            date = null;
        }
        if (!by.get("other").isEmpty()) {
            String said = String.join("; ", by.get("other"));
            sentences.add(date == null ? l.format("point.outcome.also", said)
                    : l.format("point.outcome.others", date, said));
        }
        return new TalkingPoint("agreed", String.join(" ", sentences), List.of(last.id()), last.sources());
    }

    /**
     * A clause of an outcome whose subject is a third party: it opens with a name (a capital kept by
     * {@link #lowerFirst}) that is neither our side (said in the first person) nor the guest.
     */
    private boolean thirdParty(String clause, Guest guest) {
        String c = clause.strip();
        if (c.isEmpty() || !Character.isUpperCase(c.charAt(0)) || !lowerFirst(c).equals(c)) {
            return false;
        }
        if (!firstPerson.clauses(c).equals(c) || !toGuest(c, guest).equals(c)) {
            return false;
        }
        String folded = Text.fold(c).toLowerCase(java.util.Locale.ROOT);
        return !folded.startsWith("hai ben") && !folded.startsWith("ca hai") && !folded.startsWith("chung toi")
                && !folded.startsWith("tinh ") && !folded.startsWith("thanh pho ");
    }

    /** True when the record names someone who took part: a meeting, not only a contact told in a source. */
    static boolean met(MeetingItem m) {
        return m.leader() != null || !m.delegation().isEmpty() || !m.hosts().isEmpty();
    }

    /** The officer's rendering of a record text, or of the part of one a point says (see {@link #notSaid}). */
    private String english(String vi) {
        String part = vi == null ? null : partEnglish.get(vn.protocolbrief.domain.EnglishRendering.key(vi));
        return part != null ? part : l.english(vi);
    }

    /** The English of a part of a record text, taken from the same clauses of the officer's rendering. */
    private String keepEnglish(String vi, String en) {
        partEnglish.put(vn.protocolbrief.domain.EnglishRendering.key(vi), en);
        return vi;
    }

    /** Our own promise in English, in the first person: "we will …"; else "we have undertaken to …". */
    private static String ourPart(String english, Guest guest) {
        String said = EnglishSpeech.spoken(quoted(english), guest);
        return said.startsWith("we ") ? said : "we have undertaken " + EnglishSpeech.asked(said);
    }

    /**
     * An outcome that opens with its own "Hai bên (đã) thống nhất" is said once after the point's own words
     * ("hai bên đã thống nhất: tăng cường …"), never "thống nhất: Hai bên thống nhất …".
     */
    static String withoutAgreedVerb(String outcome) {
        String rest = outcome.replaceFirst("^(?iu)hai bên (?:đã |cùng )?thống nhất(?: về việc)?[:,]?\\s+", "");
        // "hai bên đã thống nhất: hai bên sẽ thúc đẩy …" names the two sides twice: what they will do is said alone.
        rest = rest.replaceFirst("^(?iu)(?:cả )?hai bên (?:sẽ cùng |sẽ |cùng )", "");
        return rest.isEmpty() ? outcome : rest;
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

    /**
     * What the last meeting's outcome says beyond the agreements already named: its clauses ("…; …") that name one
     * of them are left out, the rest said ("tổ chức diễn đàn …; triển khai chuyến bay …"); null when nothing is left.
     * In an English pack the officer's rendering loses the same clauses, when it has as many.
     */
    private String notSaid(String outcome, MeetingItem last, List<AgreementItem> signed) {
        String[] clauses = outcome.split("; ");
        String en = english(outcome);
        String[] english = en == null ? null : quoted(en).split("; ");
        List<String> kept = new ArrayList<>();
        List<String> keptEn = new ArrayList<>();
        for (int i = 0; i < clauses.length; i++) {
            String folded = Text.fold(clauses[i]);
            boolean named = signed.stream().anyMatch(a -> folded.contains(Text.fold(quoted(a.title()))));
            if (!named) {
                kept.add(clauses[i]);
                if (english != null && english.length == clauses.length) {
                    keptEn.add(english[i]);
                }
            }
        }
        if (kept.isEmpty() || (kept.size() == 1 && clauses.length == 1 && signed.stream().anyMatch(a ->
                a.signedOn().known() && a.signedOn().equals(last.date())))) {
            return null;
        }
        if (kept.size() == clauses.length) {
            return outcome;
        }
        String rest = String.join("; ", kept);
        if (keptEn.size() == kept.size()) {
            rest = keepEnglish(rest, String.join("; ", keptEn));
        }
        return rest;
    }

    /** "the Government of Japan": a body's English name inside a sentence. */
    private static String withThe(String name) {
        return name.matches("(Government|Ministry|Embassy|Consulate|People's Committee) .*") ? "the " + name : name;
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
        if (inline(quoted(text))) {
            return l.format("point.proposal", who, EnglishSpeech.asked(english(quoted(text))), repeated);
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

    /** A bracket holding a list or a trailing "…": examples a reader lists on paper, never read out. */
    private static final java.util.regex.Pattern LIST_IN_BRACKETS = java.util.regex.Pattern.compile(
            "\\s*\\((?=[^()]*(?:,|…|\\.\\.\\.|\\bv\\.v\\.?|\\betc\\.?))[^()]*\\)");
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\s*\\(([^()]+)\\)");
    /** "(tỉnh Bình Định cũ)", "(tỉnh Tochigi)": where a place lies, said "thuộc …" in Vietnamese. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "(?iu)(?:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|xã|phường)\\s.*");

    /**
     * The spoken part of a point as a leader reads it aloud: no brackets and no "…". A bracketed list of examples
     * ("(bưởi Đoan Hùng, chè Phú Thọ...)") is left out; any other bracket is said as part of the sentence (", …,"; a
     * place's unit "thuộc tỉnh …"). Lines after the first (originals marked for an English reader) stay as written.
     */
    static String aloud(String text) {
        String spoken = SpokenOnce.spoken(text);
        String rest = text.substring(spoken.length());
        String s = LIST_IN_BRACKETS.matcher(spoken).replaceAll("");
        java.util.regex.Matcher m = BRACKETS.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String inside = m.group(1).strip();
            String said = UNIT.matcher(inside).matches() && !inside.matches("\\p{ASCII}*") ? " thuộc " + inside
                    : ", " + inside + ",";
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(said));
        }
        m.appendTail(b);
        s = b.toString().replaceAll("(?<=\\p{L})(?:\\.\\.\\.|…)", "").replaceAll(",\\s*([.;:,”])", "$1")
                .replaceAll("\\s{2,}", " ");
        return s + rest;
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
