package vn.protocolbrief.brief;

import static vn.protocolbrief.brief.SpeechText.lowerFirst;
import static vn.protocolbrief.brief.SpeechText.quoted;
import static vn.protocolbrief.brief.SpeechText.toGuest;
import static vn.protocolbrief.brief.SpeechText.withoutAgreedVerb;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.brief.TalkingPoints.Guest;
import vn.protocolbrief.domain.Text;

/**
 * The last meeting's outcome as a point: what it says beyond the agreements already named, clause by clause by
 * whose act it is. Kept apart from {@link TalkingPoints}, which places it in the speech.
 */
final class OutcomePoint {
    private final PointWords w;

    OutcomePoint(PointWords words) {
        this.w = words;
    }

    /**
     * The last meeting's outcome as a leader says it, clause by clause by whose act it is: what the two sides agreed
     * ("hai bên đã thống nhất: …"), what the guests offered ("chúng tôi trân trọng việc Ngài Đại sứ sẵn sàng …"), what
     * we undertook ("Về phần mình, chúng tôi cam kết …"), and what a third party did at that meeting ("Cũng tại buổi
     * làm việc này, Đại học A – Đại học B ký …"), never all of it as agreed. An English pack splits the officer's
     * rendering the same way when it has as many clauses; without a rendering the outcome is said around, as before.
     */
    TalkingPoint point(MeetingItem last, String rest, Guest guest, boolean meetingSaid) {
        String[] clauses = clauses(rest);
        String en = w.english(rest);
        String[] enClauses = en == null ? null : clauses(quoted(en));
        boolean english = "en".equals(w.l.lang());
        if (english && (enClauses == null || enClauses.length != clauses.length)) {
            String outcome = rest;
            // A handover said around is what was handed over, never "what our two sides agreed".
            boolean handed = java.util.Arrays.stream(clauses).allMatch(c -> Handover.is(c, null));
            String key = handed ? (meetingSaid ? "point.outcome.handed.too" : "point.outcome.handed")
                    : meetingSaid ? "point.outcome.too" : "point.outcome";
            String text = w.inline(rest) ? w.l.format(key, w.on(last.date()),
                    EnglishSpeech.agreed(EnglishSpeech.spoken(quoted(w.english(rest)), guest)))
                    : w.said(key, List.of(outcome), w.on(last.date()), outcome);
            return new TalkingPoint("agreed", text, List.of(last.id()), last.sources());
        }
        java.util.Map<String, List<String>> by = new java.util.LinkedHashMap<>();
        for (String kind : List.of("agreed", "guest", "ours", "other", "handed")) {
            by.put(kind, new ArrayList<>());
        }
        for (int i = 0; i < clauses.length; i++) {
            String c = clauses[i].strip();
            String folded = Text.fold(c).toLowerCase(java.util.Locale.ROOT);
            boolean subjectless = folded.matches("^(da|dang|se) .*");
            // In English the officer's clause tells whose act it is ("The province …", "The Mayor …").
            String spokenEn = english ? EnglishSpeech.spoken(enClauses[i].strip(), guest) : null;
            boolean changed = english && !spokenEn.equals(enClauses[i].strip());
            String kind = Handover.is(c, english ? enClauses[i] : null) ? "handed" : english ? (changed ? (spokenEn.startsWith("we ") ? "ours" : "guest")
                    : EnglishSpeech.ofGuest(enClauses[i]) ? "guest" : thirdParty(c, guest) ? "other" : "agreed")
                    : !toGuest(c, guest).equals(c) ? "guest"
                    : !subjectless && Text.fold(w.firstPerson.clauses(c)).toLowerCase(java.util.Locale.ROOT)
                    .startsWith("chung toi") ? "ours"
                    : thirdParty(c, guest) ? "other" : "agreed";
            by.get(kind).add(english ? enClauses[i] : c);
        }
        List<String> sentences = new ArrayList<>();
        String date = meetingSaid ? null : w.on(last.date());
        if (!by.get("agreed").isEmpty()) {
            String said = String.join("; ", by.get("agreed"));
            String key = date == null ? "point.outcome.too" : "point.outcome";
            sentences.add(english ? w.l.format(key, date, EnglishSpeech.agreed(EnglishSpeech.spoken(said,
                    guest))) : w.l.format(key, date, lowerFirst(w.firstPerson.clauses(withoutAgreedVerb(said)))));
            date = null;
        }
        if (!by.get("handed").isEmpty()) {
            String said = Handover.said(String.join("; ", by.get("handed")), english);
            sentences.add(date == null ? w.l.format("point.outcome.handed.too", null, said)
                    : w.l.format("point.outcome.handed", date, said));
            date = null;
        }
        if (!by.get("guest").isEmpty()) {
            String said = String.join("; ", by.get("guest"));
            said = english ? EnglishSpeech.spoken(said, guest) : toGuest(said, guest);
            sentences.add(date == null ? w.l.format("point.outcome.guest", said)
                    : w.l.format("point.outcome.guest.first", date, said));
            date = null;
        }
        if (!by.get("ours").isEmpty()) {
            String said = String.join("; ", by.get("ours"));
            said = english ? EnglishSpeech.spoken(said, guest) : lowerFirst(w.firstPerson.clauses(said));
            sentences.add(date == null ? w.l.format("point.outcome.ours", said)
                    : w.l.format("point.outcome.ours.first", date, said));
            date = null;
        }
        if (!by.get("other").isEmpty()) {
            String said = String.join("; ", by.get("other"));
            sentences.add(date == null ? w.l.format("point.outcome.also", said)
                    : w.l.format("point.outcome.others", date, said));
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
        if (!w.firstPerson.clauses(c).equals(c) || !toGuest(c, guest).equals(c)) {
            return false;
        }
        String folded = Text.fold(c).toLowerCase(java.util.Locale.ROOT);
        return !folded.startsWith("hai ben") && !folded.startsWith("ca hai") && !folded.startsWith("chung toi")
                && !folded.startsWith("tinh ") && !folded.startsWith("thanh pho ");
    }

    /**
     * What the last meeting's outcome says beyond the agreements already named: its clauses ("…; …") that name one
     * of them are left out, the rest said ("tổ chức diễn đàn …; triển khai chuyến bay …"); null when nothing is left.
     * In an English pack the officer's rendering loses the same clauses, when it has as many.
     */
    String notSaid(String outcome, MeetingItem last, List<AgreementItem> signed) {
        String[] clauses = clauses(outcome);
        String en = w.english(outcome);
        String[] english = en == null ? null : clauses(quoted(en));
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
            rest = w.keepEnglish(rest, String.join("; ", keptEn));
        }
        return rest;
    }

    /**
     * An outcome's clauses, parted at "; " outside brackets: "bàn giao 02 dự án (trường A; 06 cầu B)" is one clause
     * (rd13: its second half was said as an agreement of its own).
     */
    static String[] clauses(String outcome) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < outcome.length(); i++) {
            char ch = outcome.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && outcome.startsWith("; ", i)) {
                out.add(outcome.substring(from, i));
                from = i + 2;
            }
        }
        out.add(outcome.substring(from));
        return out.toArray(String[]::new);
    }
}
