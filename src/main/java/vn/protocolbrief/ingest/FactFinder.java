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
    private static final Pattern GIFT = Pattern.compile("(?iu)\\b(?:trao tặng|tặng)\\s+(.{3,80}?)\\s+cho\\s+(.{3,120})");
    private static final Pattern YEAR = Pattern.compile("\\bnăm (\\d{4})\\b");

    private final Cues c;

    FactFinder(Cues cues) {
        this.c = cues;
    }

    // ---------------------------------------------------------------- agreements

    List<AgreementDraft> agreements(List<Sentences.Sentence> sentences, Integer meetingYear) {
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
            for (String cue : c.cues("agreement")) {
                int at = Cues.indexOfWord(key, cue);
                if (at < 0) {
                    continue;
                }
                String title = agreementTitle(c.fromCue(s.text(), at));
                Matcher y = YEAR.matcher(s.text());
                String year = y.find() ? y.group(1) : null;
                boolean earlier = year != null && meetingYear != null && Integer.parseInt(year) < meetingYear
                        || key.contains(c.k("trước đây"));
                addAgreement(out, new AgreementDraft(title, parties(s.text()), !earlier, earlier ? year : null, s.text()));
                break;
            }
        }
        return out;
    }

    private static String agreementTitle(String text) {
        String t = text.split("(?iu)\\s+(giữa|với|trên các|nhằm|thông qua|tại)\\s+|[,.;(]")[0].strip();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** "TP Ashikaga và TP Quy Nhơn (tỉnh Bình Định cũ) đã ký kết …": who signed, when the text says it. */
    private static String parties(String sentence) {
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

    List<GiftDraft> gifts(List<Sentences.Sentence> sentences, List<PersonRef> people) {
        List<GiftDraft> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            Matcher m = GIFT.matcher(s.text());
            if (!m.find()) {
                continue;
            }
            String item = m.group(1).strip();
            PersonRef giver = mentioned(s.text().substring(0, m.start()), people);
            PersonRef receiver = mentioned(m.group(2), people);
            String direction = giver != null && "jp".equals(giver.side()) ? "jp_to_vn" : "vn_to_jp";
            out.add(new GiftDraft(Character.toUpperCase(item.charAt(0)) + item.substring(1),
                    giver == null ? null : giver.name(), receiver == null ? m.group(2).split("[,.;–-]")[0].strip()
                    : receiver.name(), direction, s.text()));
        }
        return out;
    }

    private static PersonRef mentioned(String text, List<PersonRef> people) {
        String key = Text.key(text);
        for (PersonRef p : people) {
            String a = Text.key(p.familyName() + " " + p.givenName());
            String b = Text.key(p.givenName() + " " + p.familyName());
            if (key.contains(a) || key.contains(b)) {
                return p;
            }
        }
        return null;
    }
}
