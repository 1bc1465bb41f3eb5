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

/** Requests, agreements and gifts, each with the sentence it came from. */
final class FactFinder {
    private static final Pattern SIGNERS = Pattern.compile(
            "(?iu)([^,.:]{5,120}?)\\s+(?:đã\\s+|vừa\\s+)?(?:tiến hành\\s+)?ký kết");
    private static final Pattern GIFT = Pattern.compile("(?iu)\\b(?:trao tặng|tặng)\\s+(.{3,80}?)\\s+cho\\s+(.{3,120})");
    private static final Pattern YEAR = Pattern.compile("\\bnăm (\\d{4})\\b");

    private final Cues c;

    FactFinder(Cues cues) {
        this.c = cues;
    }

    // ---------------------------------------------------------------- requests

    List<RequestDraft> requests(List<Sentences.Sentence> sentences, Set<String> jpWords, Set<String> foreignWords) {
        List<RequestDraft> out = new ArrayList<>();
        String side = "vn";
        boolean previousWasRequest = false;
        for (Sentences.Sentence s : sentences) {
            String key = c.k(s.text());
            int cue = c.requestCueAt(key);
            String subject = subjectSide(cue < 0 ? key : key.substring(0, cue), jpWords);
            if (subject != null) {
                side = subject;
            }
            String direction = "jp".equals(side) ? "jp_to_vn" : "vn_to_jp";
            if (cue >= 0) {
                List<String> items = items(c.fromCue(s.text(), cue));
                for (String item : items) {
                    if (!addressedTo(item, foreignWords)) {
                        add(out, new RequestDraft(direction, categories(item), item, s.text()));
                    }
                }
                previousWasRequest = true;
            } else if (previousWasRequest && startsWithListVerb(withoutConnector(key))) {
                // A list of asks continuing the previous request ("Chia sẻ kinh nghiệm …; phối hợp …; hỗ trợ …").
                for (String item : items(s.text())) {
                    add(out, new RequestDraft(direction, categories(item), item, s.text()));
                }
            } else {
                previousWasRequest = false;
            }
        }
        return out;
    }

    /** An ask made of another country's delegation ("Đề nghị thành phố Naju …") is not this partner's business. */
    private boolean addressedTo(String item, Set<String> foreignWords) {
        String key = c.k(item);
        return foreignWords.stream().anyMatch(w -> !w.isBlank() && Cues.indexOfWord(key, w) >= 0);
    }

    /** The side whose words open the clause before the cue: the first title or party named there. */
    private String subjectSide(String before, Set<String> jpWords) {
        int jp = Cues.first(before, c.cues("jp_subject"));
        for (String w : jpWords) {
            int at = Cues.indexOfWord(before, w);
            if (at >= 0 && (jp < 0 || at < jp)) {
                jp = at;
            }
        }
        int vn = Cues.first(before, c.cues("vn_subject"));
        if (jp < 0 && vn < 0) {
            return null;
        }
        if (jp < 0) {
            return "vn";
        }
        if (vn < 0) {
            return "jp";
        }
        return jp < vn ? "jp" : "vn";
    }

    private boolean startsWithListVerb(String key) {
        return c.cues("list_verb").stream().anyMatch(v -> key.startsWith(v + " "));
    }

    /** "Trong đó, quan tâm …" reads as "quan tâm …". */
    private String withoutConnector(String key) {
        for (String c : c.cues("connector")) {
            if (key.startsWith(c + " ")) {
                return key.substring(c.length() + 1);
            }
        }
        return key;
    }

    /** One request per ask: items separated by semicolons, each of at least four words. */
    private static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("\\s*;\\s*")) {
            String p = part.strip().replaceAll("[.…,\\s]+$", "").strip()
                    .replaceFirst("(?iu)^(và|đồng thời|trong đó|bên cạnh đó|ngoài ra),?\\s+", "");
            if (p.split("\\s+").length >= 4) {
                out.add(Character.toUpperCase(p.charAt(0)) + p.substring(1) + ".");
            }
        }
        return out;
    }

    private static void add(List<RequestDraft> out, RequestDraft r) {
        Set<String> words = new LinkedHashSet<>(Text.words(r.text()));
        for (RequestDraft o : out) {
            Set<String> other = new LinkedHashSet<>(Text.words(o.text()));
            long common = words.stream().filter(other::contains).count();
            if (common >= 0.8 * Math.min(words.size(), other.size())) {
                return;
            }
        }
        out.add(r);
    }

    List<String> categories(String text) {
        String key = " " + c.k(text) + " ";
        List<String> out = new ArrayList<>();
        IngestData.get().categoryKeywords.forEach((category, keywords) -> {
            if (keywords.stream().anyMatch(w -> key.contains(" " + c.phrase(w) + " "))) {
                out.add(category);
            }
        });
        return out.isEmpty() ? List.of("other") : out;
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
