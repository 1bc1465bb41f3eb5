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

/** Requests, agreements, money, aid projects, key figures and gifts, each with the sentence it came from. */
final class FactFinder {
    private static final Pattern MONEY = Pattern.compile("(?iu)(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:,\\d+)?)\\s*(nghìn tỷ|tỷ|triệu|nghìn)?\\s*"
            + "(USD|đô la Mỹ|đô la|Yên|JPY|đồng|VND|VNĐ|EUR)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{8,200})[\"”]");
    private static final Pattern YEAR = Pattern.compile("\\bnăm (\\d{4})\\b");
    private static final Pattern CHANNEL = Pattern.compile("(?iu)(?:thông qua|qua)\\s+(?:tổ chức\\s+)?([A-Z][A-Za-z]{2,}|[\\p{Lu}][^,.;()]{3,40}?)(?=[,.;]|\\s+(?:chính phủ|đã|với))");
    private static final Pattern NUMBER = Pattern.compile("(?iu)(?:hơn|trên|gần|khoảng)?\\s*(?:thứ\\s+)?\\d+(?:[.,]\\d+)*(?:\\s*(?:tỷ|triệu|nghìn))?(?:\\s*(?:USD|dự án|doanh nghiệp|lao động|%))?");

    private final IngestData data = IngestData.get();
    private final boolean marked;

    /** @param marked whether the article carries diacritics: then cues and keywords match with them */
    FactFinder(boolean marked) {
        this.marked = marked;
    }

    /** The comparison form of a text for this article. */
    String k(String text) {
        return marked ? IngestData.lower(text) : Text.key(text);
    }

    private List<String> cues(String kind) {
        return marked ? data.cues(kind) : data.cues(kind).stream().map(Text::key).toList();
    }

    // ---------------------------------------------------------------- requests

    List<RequestDraft> requests(List<Sentences.Sentence> sentences, Set<String> jpWords) {
        List<RequestDraft> out = new ArrayList<>();
        String side = "vn";
        boolean previousWasRequest = false;
        for (Sentences.Sentence s : sentences) {
            String key = k(s.text());
            int cue = cueAt(key);
            String subject = subjectSide(cue < 0 ? key : key.substring(0, cue), jpWords);
            if (subject != null) {
                side = subject;
            }
            String direction = "jp".equals(side) ? "jp_to_vn" : "vn_to_jp";
            if (cue >= 0) {
                List<String> items = items(fromCue(s.text(), cue));
                for (String item : items) {
                    add(out, new RequestDraft(direction, categories(item), item, s.text()));
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

    /** Where a request cue starts in the folded sentence, or -1; nouns ("những đề xuất của …") do not count. */
    private int cueAt(String key) {
        int best = -1;
        for (String cue : cues("request")) {
            Matcher m = Pattern.compile("(^| )" + Pattern.quote(cue) + "( |$)").matcher(key);
            while (m.find()) {
                int at = m.start() + (m.group(1).isEmpty() ? 0 : 1);
                String before = key.substring(0, at);
                String after = key.substring(Math.min(key.length(), at + cue.length()));
                if (before.endsWith(k("những") + " ") || before.endsWith(k("các") + " ")
                        || after.startsWith(" " + k("của") + " ")) {
                    continue;
                }
                if (best < 0 || at < best) {
                    best = at;
                }
                break;
            }
        }
        return best;
    }

    /** The side whose words open the clause before the cue: the first title or party named there. */
    private String subjectSide(String before, Set<String> jpWords) {
        int jp = first(before, cues("jp_subject"));
        for (String w : jpWords) {
            int at = indexOfWord(before, w);
            if (at >= 0 && (jp < 0 || at < jp)) {
                jp = at;
            }
        }
        int vn = first(before, cues("vn_subject"));
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

    private static int first(String text, List<String> words) {
        int best = -1;
        for (String w : words) {
            int at = indexOfWord(text, w);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    static int indexOfWord(String text, String word) {
        Matcher m = Pattern.compile("(^| )" + Pattern.quote(word) + "( |$)").matcher(text);
        return m.find() ? m.start() + (m.group(1).isEmpty() ? 0 : 1) : -1;
    }

    private boolean startsWithListVerb(String key) {
        return cues("list_verb").stream().anyMatch(v -> key.startsWith(v + " "));
    }

    /** "Trong đó, quan tâm …" reads as "quan tâm …". */
    private String withoutConnector(String key) {
        for (String c : cues("connector")) {
            if (key.startsWith(c + " ")) {
                return key.substring(c.length() + 1);
            }
        }
        return key;
    }

    /** The sentence from its cue on: the original text at the same offset (folding keeps offsets). */
    private String fromCue(String sentence, int cueInKey) {
        // The key drops punctuation, so map by counting letters and digits.
        String key = k(sentence);
        int letters = 0;
        for (int i = 0; i < cueInKey; i++) {
            if (key.charAt(i) != ' ') {
                letters++;
            }
        }
        int seen = 0;
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isLetterOrDigit(sentence.charAt(i))) {
                if (seen == letters) {
                    return sentence.substring(i);
                }
                seen++;
            }
        }
        return sentence;
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
        String key = " " + k(text) + " ";
        List<String> out = new ArrayList<>();
        data.categoryKeywords.forEach((category, keywords) -> {
            if (keywords.stream().anyMatch(w -> key.contains(" " + (marked ? w : Text.key(w)) + " "))) {
                out.add(category);
            }
        });
        return out.isEmpty() ? List.of("other") : out;
    }

    // ---------------------------------------------------------------- agreements

    List<AgreementDraft> agreements(List<Sentences.Sentence> sentences, Integer meetingYear) {
        List<AgreementDraft> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            String key = k(s.text());
            if (cues("signed").stream().noneMatch(c -> indexOfWord(key, c) >= 0)) {
                continue;
            }
            // A hope or a plan is not a signature ("tin tưởng việc ký kết … sẽ trở thành …").
            if (indexOfWord(key, k("sẽ")) >= 0 && indexOfWord(key, k("đã")) < 0 && !key.contains(k("vừa"))) {
                continue;
            }
            for (String cue : cues("agreement")) {
                int at = indexOfWord(key, cue);
                if (at < 0) {
                    continue;
                }
                String title = agreementTitle(fromCue(s.text(), at));
                Matcher y = YEAR.matcher(s.text());
                String year = y.find() ? y.group(1) : null;
                boolean earlier = year != null && meetingYear != null && Integer.parseInt(year) < meetingYear
                        || key.contains(k("trước đây"));
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
        Matcher m = Pattern.compile("(?iu)([^,.:]{5,120}?)\\s+(?:đã\\s+|vừa\\s+)?(?:tiến hành\\s+)?ký kết").matcher(sentence);
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

    // ---------------------------------------------------------------- money, aid, figures

    /** An amount as a number and a currency: "1.260.400 USD", "2,3 tỷ USD", "69.999.983 Yên". */
    record Money(BigDecimal amount, String currency, int start, int end) {
    }

    static List<Money> money(String text) {
        List<Money> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            String digits = m.group(1);
            BigDecimal value;
            if (digits.matches("\\d{1,3}([.,]\\d{3})+")) {
                value = new BigDecimal(digits.replaceAll("[.,]", ""));
            } else {
                value = new BigDecimal(digits.replace(',', '.'));
            }
            String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            value = switch (scale) {
                case "nghìn tỷ" -> value.multiply(BigDecimal.valueOf(1_000_000_000_000L));
                case "tỷ" -> value.multiply(BigDecimal.valueOf(1_000_000_000L));
                case "triệu" -> value.multiply(BigDecimal.valueOf(1_000_000L));
                case "nghìn" -> value.multiply(BigDecimal.valueOf(1_000L));
                default -> value;
            };
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            String currency = switch (unit) {
                case "usd", "đô la mỹ", "đô la" -> "USD";
                case "yên", "jpy" -> "JPY";
                case "eur" -> "EUR";
                default -> "VND";
            };
            out.add(new Money(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(),
                    currency, m.start(), m.end()));
        }
        return out;
    }

    List<AidDraft> aid(List<Sentences.Sentence> sentences) {
        List<AidDraft> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            String key = k(s.text());
            if (cues("aid").stream().noneMatch(c -> indexOfWord(key, c) >= 0)) {
                continue;
            }
            List<Money> amounts = money(s.text());
            // Without an amount, only a handed-over, approved or granted project is an aid project; an ask for
            // projects is a request.
            boolean strong = cues("aid_strong").stream().anyMatch(c -> indexOfWord(key, c) >= 0);
            if (amounts.isEmpty() && (!strong || cueAt(key) >= 0)) {
                continue;
            }
            String title = aidTitle(s.text());
            if (title == null && amounts.isEmpty()) {
                continue;
            }
            Money first = amounts.isEmpty() ? null : amounts.get(0);
            String note = null;
            if (first != null) {
                Matcher paren = Pattern.compile("^\\s*\\(([^)]{3,80})\\)").matcher(s.text().substring(first.end()));
                if (paren.find()) {
                    note = paren.group(1).strip();
                }
            }
            Matcher ch = CHANNEL.matcher(s.text());
            String channel = ch.find() ? ch.group(1).strip() : key.contains(k("không hoàn lại cấp cơ sở"))
                    ? "Viện trợ không hoàn lại cấp cơ sở" : null;
            out.add(new AidDraft(title != null ? title : s.text(), first == null ? null : first.amount(),
                    first == null ? null : first.currency(), note, channel, s.text()));
        }
        return out;
    }

    /** A quoted project name, else "dự án …" up to where the sentence turns to something else. */
    private static String aidTitle(String sentence) {
        Matcher q = QUOTED.matcher(sentence);
        if (q.find()) {
            return q.group(1).strip();
        }
        Matcher d = Pattern.compile("(?iu)\\bdự án\\s+([^,.;]{8,160}?)(?=\\s+(?:theo|với ngân sách|thuộc|của chính phủ)\\b|[,.;]|$)")
                .matcher(sentence);
        return d.find() ? "Dự án " + d.group(1).strip() : null;
    }

    List<FigureDraft> figures(List<Sentences.Sentence> sentences, Set<String> aidEvidence) {
        List<FigureDraft> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            if (aidEvidence.contains(s.text())) {
                continue;
            }
            // Clauses end at ", " — never at the comma inside a Vietnamese decimal ("2,3 tỷ USD").
            for (String clause : s.text().split(",\\s+|;\\s*|:\\s+")) {
                String key = k(clause);
                if (cues("figure").stream().noneMatch(c -> indexOfWord(key, c) >= 0)) {
                    continue;
                }
                Matcher n = Pattern.compile("(?iu)(?:(?:hơn|trên|gần|khoảng)\\s+)?(?:thứ\\s+\\d+|\\d+(?:[.,]\\d+)*(?:\\s*(?:nghìn tỷ|tỷ|triệu|nghìn))?(?:\\s*(?:USD|Yên|đồng|%))?)")
                        .matcher(clause);
                while (n.find()) {
                    String value = n.group().strip();
                    int at = n.start();
                    String before = clause.substring(0, at).toLowerCase(Locale.ROOT);
                    // Storm numbers, terms of office, anniversaries and years are not figures.
                    if (before.endsWith("bão số ") || before.endsWith("năm ") || before.endsWith("kỳ ")
                            || value.matches("\\d{4}") || before.endsWith("lần ")) {
                        continue;
                    }
                    String after = clause.substring(n.end()).toLowerCase(Locale.ROOT);
                    if (after.startsWith(" năm") || after.startsWith("-") || after.startsWith("/")) {
                        continue;
                    }
                    // A bare number is a figure only with its unit: "12 dự án", not "2 bên".
                    boolean measured = value.matches("(?iu).*(thứ|tỷ|triệu|nghìn|usd|yên|đồng|%|hơn|trên|gần|khoảng).*")
                            || after.matches("(?iu)^\\s*(dự án|doanh nghiệp|lao động|người|%).*");
                    if (!measured) {
                        continue;
                    }
                    out.add(new FigureDraft(clause.strip().replaceAll("[.]+$", ""), value, s.text()));
                    break;
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- gifts

    List<GiftDraft> gifts(List<Sentences.Sentence> sentences, List<PersonRef> people) {
        List<GiftDraft> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            Matcher m = Pattern.compile("(?iu)\\b(?:trao tặng|tặng)\\s+(.{3,80}?)\\s+cho\\s+(.{3,120})").matcher(s.text());
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
