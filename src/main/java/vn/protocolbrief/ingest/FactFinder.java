package vn.protocolbrief.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.AgreementDraft;
import vn.protocolbrief.ingest.Draft.AidDraft;
import vn.protocolbrief.ingest.Draft.FigureDraft;
import vn.protocolbrief.ingest.Draft.GiftDraft;
import vn.protocolbrief.ingest.Draft.PersonRef;
import vn.protocolbrief.ingest.Draft.RequestDraft;

/** Agreements and gifts, each with the sentence it came from. */
final class FactFinder {
    private static final Pattern SIGNERS = Pattern.compile(
            "(?iu)([^,.:]{5,120}?)\\s+(?:đã\\s+|vừa\\s+)?(?:tiến hành\\s+)?ký kết");
    /**
     * "ký kết … với 6 nhà đầu tư Nhật Bản": at a province's promotion conference the documents are signed with
     * investors or firms, who are their parties, not the meeting's partner.
     */
    private static final Pattern WITH_INVESTORS = Pattern.compile("(?iuU)\\bký kết\\b[^.;]{0,120}?\\bvới\\s+"
            + "((?:\\d+|các|một số|nhiều|hai|ba|bốn|năm)\\s+(?:nhà đầu tư|doanh nghiệp|công ty|tập đoàn)[^,.;]{0,60})");
    private static final Pattern YEAR = Pattern.compile(
            "(?u)(?:\\bnăm\\s+|\\btháng\\s+\\d{1,2}\\s*[/-]\\s*|\\b\\d{1,2}[/-]\\d{1,2}[/-])(\\d{4})\\b");

    private final Cues c;

    FactFinder(Cues cues) {
        this.c = cues;
    }

    // ---------------------------------------------------------------- agreements

    /**
     * Agreements named as signed: those of this meeting first, then those the article recalls from earlier (a year
     * before the meeting's, or "lúc đó", "kể từ khi ký kết …"). A generic "ký kết hợp tác" counts only when no
     * document is named.
     */
    Agreements agreements(List<Sentences.Sentence> sentences, Integer meetingYear) {
        List<AgreementDraft> named = signed(sentences, meetingYear, "agreement");
        List<AgreementDraft> all = named.isEmpty() ? signed(sentences, meetingYear, "agreement_generic") : named;
        return new Agreements(all.stream().filter(AgreementDraft::signedAtMeeting).toList(),
                all.stream().filter(a -> !a.signedAtMeeting()).toList());
    }

    /** What was signed at the meeting, and what the article recalls as signed before it. */
    record Agreements(List<AgreementDraft> atMeeting, List<AgreementDraft> earlier) {
    }

    private List<AgreementDraft> signed(List<Sentences.Sentence> sentences, Integer meetingYear, String kind) {
        List<AgreementDraft> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            String key = c.k(s.text());
            if (c.cues("signed").stream().noneMatch(c -> Cues.indexOfWord(key, c) >= 0)) {
                continue;
            }
            // A hope or a plan is not a signature ("tin tưởng việc ký kết … sẽ trở thành …").
            if (Cues.indexOfWord(key, c.k("sẽ")) >= 0 && Cues.indexOfWord(key, c.k("đã")) < 0 && !key.contains(c.k("vừa"))) {
                continue;
            }
            if (proposed(key)) {
                continue;
            }
            // The document named first in the sentence ("bản ghi nhớ hợp tác" before its inner "ghi nhớ hợp tác").
            int at = -1;
            for (String cue : c.cues(kind)) {
                int i = Cues.indexOfWord(key, cue);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
            if (at >= 0) {
                String title = agreementTitle(c.fromCue(s.text(), at));
                Matcher y = YEAR.matcher(s.text());
                String year = y.find() ? y.group(1) : null;
                if (year != null && meetingYear != null && Integer.parseInt(year) > meetingYear) {
                    continue; // "… ký kết thỏa thuận hữu nghị vào năm 2026": a signing still to come
                }
                // An article that does not date its meeting does not date a signing done at it either: "đã ký kết …
                // vào tháng 11/2014" there tells of an earlier one.
                boolean earlier = year != null && meetingYear != null && Integer.parseInt(year) < meetingYear
                        || year != null && meetingYear == null && Cues.indexOfWord(key, c.k("đã")) >= 0
                        || recalled(key);
                addAgreement(out, new AgreementDraft(title, parties(s.text()), !earlier, earlier ? year : null, s.text()));
            }
        }
        return out;
    }

    /**
     * A signing asked for or planned, not done: "Thị trưởng đề xuất hai bên ký kết …", "tiến tới ký kết …" — unless
     * the sentence goes on to say it was done ("Theo đề nghị của tỉnh, hai bên đã ký kết …").
     */
    private boolean proposed(String key) {
        // Where the verb "ký" itself stands (every "signed" cue has it), so that a "đã" before it stays in what precedes.
        int sign = Cues.indexOfWord(key, c.k("ký"));
        if (sign < 0) {
            return false;
        }
        String before = key.substring(0, sign);
        for (String cue : c.cues("proposal")) {
            int at = Cues.indexOfWord(before, cue);
            if (at >= 0) {
                String rest = before.substring(at + cue.length()).strip();
                if (Cues.indexOfWord(rest, c.k("đã")) < 0 && Cues.indexOfWord(rest, c.k("vừa")) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence tells of an earlier signing ("Lúc đó, … đã ký kết"), not of one the same day. */
    private boolean recalled(String key) {
        return c.cues("recalled").stream().anyMatch(r -> Cues.indexOfWord(key, r) >= 0)
                && Cues.indexOfWord(key, c.k("cùng ngày")) < 0 && Cues.indexOfWord(key, c.k("chuyến")) < 0;
    }

    private static String agreementTitle(String text) {
        String t = text.replaceFirst("(?iu)^ký(?:\\s+kết)?\\s+", "")
                .replaceAll("(?iu)\\s+(?:vào\\s+)?(?:năm|tháng\\s+\\d{1,2}\\s*/)\\s*\\d{4}\\b", "").split("(?iu)\\s+(giữa|với|trên các|nhằm|thông qua|tại)\\s+|[,.;(]")[0].strip();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** "TP Ashikaga và TP Quy Nhơn (tỉnh Bình Định cũ) đã ký kết …": who signed, when the text says it. */
    private static String parties(String sentence) {
        Matcher investors = WITH_INVESTORS.matcher(sentence);
        if (investors.find()) {
            // A photo's credit glued after a caption ("… nhà đầu tư Nhật Bản NGUYỄN AN"): two capitals-only words or more.
            return investors.group(1).replaceFirst("(?:\\s+[\\p{Lu}]{2,}){2,}\\s*$", "").strip();
        }
        Matcher m = SIGNERS.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String p = m.group(1).replaceFirst("(?iu)^(đặc biệt|tại buổi làm việc|nhân dịp này)\\s*", "").strip();
        return p.contains(" và ") ? p : null;
    }

    private static void addAgreement(List<AgreementDraft> out, AgreementDraft a) {
        String key = Text.key(a.title());
        Set<String> words = new LinkedHashSet<>(Text.words(a.title()));
        for (int i = 0; i < out.size(); i++) {
            String other = Text.key(out.get(i).title());
            Set<String> otherWords = new LinkedHashSet<>(Text.words(out.get(i).title()));
            long common = words.stream().filter(otherWords::contains).count();
            double jaccard = (double) common / (words.size() + otherWords.size() - common);
            if (other.contains(key) || key.contains(other) || jaccard >= 0.6) {
                if (key.length() > other.length()) {
                    out.set(i, a);
                }
                return;
            }
        }
        out.add(a);
    }

    // ---------------------------------------------------------------- gifts

    List<GiftDraft> gifts(List<Sentences.Sentence> sentences, List<PersonRef> people, List<String> ourPlaces) {
        return new GiftFinder(ourPlaces).gifts(sentences, people);
    }
}
