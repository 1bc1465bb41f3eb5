package vn.protocolbrief.brief;

import static vn.protocolbrief.brief.SpeechText.aloud;
import static vn.protocolbrief.brief.SpeechText.lowerFirst;
import static vn.protocolbrief.brief.SpeechText.promised;
import static vn.protocolbrief.brief.SpeechText.quoted;

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
    /** At most this many points of each kind drawn from records: a speech, not a list of every record. */
    static final int PER_KIND = 3;
    private final Labels l;
    private final FirstPerson firstPerson;
    private final PointWords w;
    private final OutcomePoint outcomes;
    private final RequestPoints requestPoints;
    /** The promises made at this pair's meetings: the guests' are thanked for, ours said as what we did. */
    private List<Promise> promises = List.of();

    TalkingPoints(Labels labels, FirstPerson firstPerson) {
        this(labels, firstPerson, java.util.Map.of());
    }

    TalkingPoints(Labels labels, FirstPerson firstPerson, java.util.Map<String, String> subjects) {
        this.l = labels;
        this.firstPerson = firstPerson;
        this.w = new PointWords(labels, firstPerson, subjects);
        this.outcomes = new OutcomePoint(w);
        this.requestPoints = new RequestPoints(w);
    }

    /**
     * The same points, for a visit on {@code day}: a reply whose status was recorded over a year before it is said with
     * its date, never as current.
     */
    TalkingPoints heldOn(java.time.LocalDate day) {
        requestPoints.heldOn(day);
        return this;
    }

    /**
     * The same points, knowing the number of the annex that lists every request ({@code annex}; 0 when the pack has
     * none): asks a point counts rather than says are pointed there.
     */
    TalkingPoints withRequestsAnnex(int annex) {
        requestPoints.inAnnex(annex);
        return this;
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
                : outcomes.notSaid(quoted(history.get(0).outcome()), history.get(0), signed);
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
                    w.on(history.get(0).date()))
                    : met == 0 ? l.format("point.relation.contacts", guest.partner(),
                    l.format("point.contacts.many", w.count(other)), w.since(first))
                    : other == 0 ? l.format("point.relation", guest.partner(), met, w.since(first))
                    : l.format("point.relation.others", guest.partner(), l.format(met == 1 ? "point.meetings.one"
                    : "point.meetings.many", w.count(met)), w.since(first), l.format(other == 1 ? "point.others.one"
                    : "point.others.many", w.count(other)));
            out.add(new TalkingPoint("welcome", text, history.stream().map(MeetingItem::id).toList(), cited));
        }
        for (AidItem a : aid.stream().filter(a -> a.withPartner() && thankable(a))
                .sorted(Comparator.comparing(AidItem::date, Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            String amount = a.amount() == null ? "" : l.format("point.thanks.amount", a.amount());
            // The donor as the record names it ("the Government of Japan"); the guests when it has no English.
            String donor = !"en".equals(l.lang()) ? a.donor()
                    : w.english(a.donor()) != null ? withThe(w.english(a.donor())) : guest.partner();
            String text = w.inline(a.title()) ? l.format("point.thanks", donor, w.english(a.title()), amount,
                    guest.partner()) : w.said("point.thanks", List.of(a.title()), donor, a.title(), amount, guest.partner());
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
            String text = w.inline(texts.toArray(String[]::new))
                    ? l.format(key, who, w.joined(texts.stream().map(t -> EnglishSpeech.asked(promised(w.english(t))))
                    .toList()))
                    : w.said(key, texts, who, w.joined(texts.stream().map(t -> promised(quoted(t))).toList()));
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
            // A point agreed in words may be recorded as a sentence: its full stop would end the spoken one mid-way.
            String title = a.happened() == AgreementWords.AGREED ? a.title().replaceFirst("[.;:,\\s]+$", "")
                    : AgreementTitles.asDocument(a.title());
            if (w.inline(a.title())) {
                String en = w.english(a.title());
                title = a.happened() == AgreementWords.AGREED ? EnglishSpeech.lower(en) : EnglishSpeech.document(en);
            }
            String text = w.inline(a.title()) ? l.format(key, title, w.on(a.signedOn()), signer, guest.partner())
                    : w.said(key, List.of(a.title()), title, w.on(a.signedOn()), signer, guest.partner());
            if (a == atLast) {
                atLastText = text;
                continue;
            }
            out.add(new TalkingPoint("agreed", text, List.of(a.id()), a.sources()));
        }
        if (rest != null) {
            TalkingPoint outcome = outcomes.point(history.get(0), rest, guest, atLast != null);
            out.add(atLast == null ? outcome : SpeechFacts.opened(atLastText, outcome, atLast,
                    l.get("point.agreement.atlast.hope")));
        }
        out.addAll(requestPoints.answered(requests, guest));
        for (Promise p : promises.stream().filter(p -> p.ours() && sayable(p, outcomeFolded)).limit(PER_KIND)
                .toList()) {
            String done = p.status() == vn.protocolbrief.domain.RequestStatus.DONE ? ".done" : "";
            String note = p.latestNote() == null ? null : firstPerson.clauses(quoted(p.latestNote()));
            String key = "point.promise.ours" + done + (note == null ? "" : ".note");
            String text;
            if (w.inline(p.text(), note)) {
                String en = EnglishSpeech.asked(promised(w.english(p.text())));
                text = l.format(key, en, note == null ? null : EnglishSpeech.lower(EnglishSpeech.spoken(
                        quoted(w.english(note)), guest)));
            } else if ("en".equals(l.lang())) {
                text = w.withOriginal(l.get("point.promise.ours.unrendered"), note == null
                        ? new String[] {p.text()} : new String[] {p.text(), note});
            } else {
                text = l.format(key, promised(quoted(p.text())), note == null ? null : lowerFirst(note));
            }
            out.add(new TalkingPoint("agreed", text, List.of(p.id()), p.sources()));
        }
        out.addAll(requestPoints.ours(requests, guest));
        out.addAll(requestPoints.raised(requests, guest, visitSource));
        String closing = guest.address() == null ? l.format("point.closing.delegation", guest.partner(), host.unitAndName())
                : l.format("point.closing", guest.address(), host.unitAndName(), guest.inSpeech());
        out.add(new TalkingPoint("closing", closing, List.of(), visitSource));
        return SpokenOnce.withoutRepeats(out.stream().map(p -> new TalkingPoint(p.kind(), aloud(p.text()),
                p.recordIds(), p.sources())).toList());
    }

    /** A promise this short does not say what will be done ("tiếp tục phối"): it is not read out. */
    private static final int LEAST_PROMISE_WORDS = 4;

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

    /** True when the record names someone who took part: a meeting, not only a contact told in a source. */
    static boolean met(MeetingItem m) {
        return m.leader() != null || !m.delegation().isEmpty() || !m.hosts().isEmpty();
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


    /** "the Government of Japan": a body's English name inside a sentence. */
    private static String withThe(String name) {
        return name.matches("(Government|Ministry|Embassy|Consulate|People's Committee) .*") ? "the " + name : name;
    }

    /** Aid a leader thanks for: given or under way, with a named donor (assembly keeps only such records). */
    private static boolean thankable(AidItem a) {
        return a.donor() != null && !"proposed".equals(a.status()) && !"cancelled".equals(a.status());
    }

}
