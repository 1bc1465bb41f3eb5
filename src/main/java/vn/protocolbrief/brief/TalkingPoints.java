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
import vn.protocolbrief.domain.Text;

/**
 * Talking points a leader can read aloud, in the order of an official speech: welcome → thanks owed → what was
 * agreed and where it stands → our proposals → what the guests may raise, with a suggested reply → invitation
 * and closing. Every point that states a fact is built from records and cites them; the welcome and the closing
 * are courtesy built from the visit itself. Nothing is thanked for that the records do not show was given.
 */
final class TalkingPoints {
    static final int PROPOSALS = 3;
    /** At most this many points of each kind drawn from records: a speech, not a list of every record. */
    static final int PER_KIND = 3;
    private static final List<String> REQUEST_VERBS = List.of("tiep tuc", "ho tro", "quan tam", "tao dieu kien",
            "thuc day", "phoi hop", "chia se", "gioi thieu", "ket noi", "mo rong", "tang cuong", "xem xet", "uu tien",
            "vien tro", "quang ba", "dau tu", "hop tac");

    private final Labels l;

    TalkingPoints(Labels labels) {
        this.l = labels;
    }

    /** Who the speech is addressed to: the full form ("Ngài Đại sứ I-tô Na-ô-ki") and the short one ("Ngài Đại sứ"). */
    record Guest(String address, String inSpeech, String partner) {
    }

    /** Where the speech is given: "tỉnh Phú Thọ" / "Phú Thọ Province", as the pack's language writes it. */
    record Host(String unitAndName, String name) {
        /** "Tỉnh Phú Thọ" at the start of a sentence. */
        String subject() {
            return unitAndName.isEmpty() ? unitAndName : Character.toUpperCase(unitAndName.charAt(0))
                    + unitAndName.substring(1);
        }
    }

    List<TalkingPoint> derive(Guest guest, Host host, List<Integer> visitSource, List<MeetingItem> history,
                              List<AidItem> aid, List<AgreementItem> agreements, List<RequestItem> requests) {
        List<TalkingPoint> out = new ArrayList<>();
        String welcomed = guest.address() == null ? l.format("point.welcome.delegation", guest.partner())
                : l.format("point.welcome.guest", guest.address(), guest.partner());
        out.add(new TalkingPoint("welcome", l.format("point.welcome", host.unitAndName(), welcomed), List.of(),
                visitSource));
        if (!history.isEmpty()) {
            MeetingItem first = history.get(history.size() - 1);
            List<Integer> cited = history.stream().flatMap(m -> m.sources().stream()).distinct().sorted().toList();
            String text = history.size() == 1
                    ? l.format("point.relation.one", host.subject(), guest.partner(), l.date(history.get(0).date()))
                    : l.format("point.relation", host.subject(), guest.partner(), history.size(), since(first));
            out.add(new TalkingPoint("welcome", text, history.stream().map(MeetingItem::id).toList(), cited));
        }
        for (AidItem a : aid.stream().filter(a -> a.withPartner() && thankable(a))
                .sorted(Comparator.comparing(AidItem::date, Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            {
                String amount = a.amount() == null ? "" : l.format("point.thanks.amount", a.amount());
                out.add(new TalkingPoint("thanks", l.format("point.thanks", a.donor(), l.record(a.title()), amount),
                        List.of(a.id()), a.sources()));
            }
        }
        for (AgreementItem a : agreements.stream().filter(AgreementItem::withPartner)
                .sorted(Comparator.comparing(AgreementItem::signedOn, Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            {
                out.add(new TalkingPoint("agreed", l.format("point.agreement", l.record(a.title()),
                        l.date(a.signedOn())), List.of(a.id()), a.sources()));
            }
        }
        if (!history.isEmpty() && history.get(0).outcome() != null) {
            MeetingItem last = history.get(0);
            out.add(new TalkingPoint("agreed", l.format("point.outcome", l.date(last.date()),
                    l.record(quoted(last.outcome()))), List.of(last.id()), last.sources()));
        }
        // Their requests we have answered: where they stand. (Open ones come under "what they may raise".)
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && !r.status().isOpen()
                && r.latestFollowUp() != null).sorted(Comparator.comparing(RequestItem::lastRaised,
                Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            {
                out.add(new TalkingPoint("agreed", l.format("point.commitment", l.record(quoted(r.text())),
                        l.record(quoted(r.latestFollowUp()))), List.of(r.id()), r.sources()));
            }
        }
        requests.stream()
                .filter(r -> r.direction() == Direction.VN_TO_JP && r.status().isOpen())
                .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                        .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder()))
                .limit(PROPOSALS)
                .forEach(r -> {
                    String repeated = r.repeated() ? l.format("point.proposal.repeated", r.timesRaised(),
                            l.date(r.firstRaised())) : "";
                    out.add(new TalkingPoint("proposal", proposal(guest, r.text()) + repeated + ".", List.of(r.id()),
                            r.sources()));
                });
        for (RequestItem r : requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && r.status().isOpen())
                .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                        .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder())).limit(PER_KIND).toList()) {
            {
                String reply = r.latestFollowUp() == null ? l.get("point.raise.noreply")
                        : l.format("point.raise.reply", l.record(quoted(r.latestFollowUp())));
                out.add(new TalkingPoint("raise", l.format("point.raise", l.record(quoted(r.text())), reply),
                        List.of(r.id()), r.sources()));
            }
        }
        String closingGuest = guest.address() == null ? l.format("point.closing.delegation", guest.partner())
                : guest.address();
        out.add(new TalkingPoint("closing", l.format("point.closing", closingGuest, host.unitAndName(),
                guest.inSpeech() == null ? l.get("point.closing.you") : guest.inSpeech()), List.of(), visitSource));
        return out;
    }

    private String since(MeetingItem first) {
        return first.date().known() ? l.format("point.relation.since", l.date(first.date())) : "";
    }

    /** Aid a leader thanks for: given or under way, with a named donor (assembly keeps only such records). */
    private static boolean thankable(AidItem a) {
        return a.donor() != null && !"proposed".equals(a.status()) && !"cancelled".equals(a.status());
    }

    /**
     * "Đề nghị Ngài Đại sứ tiếp tục quan tâm …": a request that opens with its own verb is asked for as written; any
     * other is asked to be considered and supported.
     */
    private String proposal(Guest guest, String text) {
        String t = quoted(text);
        String who = guest.inSpeech() == null ? l.format("point.proposal.side", guest.partner()) : guest.inSpeech();
        if ("vi".equals(l.lang())) {
            String folded = Text.fold(t);
            boolean verb = REQUEST_VERBS.stream().anyMatch(folded::startsWith);
            return verb ? l.format("point.proposal.verb", who, lowerFirst(t))
                    : l.format("point.proposal", who, lowerFirst(t));
        }
        return l.format("point.proposal", who, l.record(t));
    }

    /** Lower-cases the first letter unless the first word is a name ("Phú Thọ", "OCOP" keep theirs). */
    static String lowerFirst(String s) {
        String[] words = s.split(" ", 3);
        if (words.length >= 2 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0))) {
            return s;
        }
        if (words[0].length() > 1 && words[0].chars().filter(Character::isUpperCase).count() > 1) {
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
