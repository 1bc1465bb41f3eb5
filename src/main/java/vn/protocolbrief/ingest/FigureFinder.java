package vn.protocolbrief.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.ingest.Draft.AidDraft;
import vn.protocolbrief.ingest.Draft.FigureDraft;

/** Money, aid projects and key figures, each with the sentence it came from. */
final class FigureFinder {
    // Bounded digit runs: an amount is at most eighteen digits (a longer run is no amount, and must not reach
    // the store, whose export could not carry it back).
    private static final Pattern MONEY = Pattern.compile("(?iuU)(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3}){1,5}|\\d{1,15}(?:,\\d{1,4})?)"
            + "(?![\\d])\\s*(nghìn tỷ|tỷ|triệu|nghìn)?\\s*(USD|đô la Mỹ|đô la|Yên|JPY|đồng|VND|VNĐ|EUR)\\b");
    /** "trao tặng tỉnh 10 xe cứu thương trị giá 3 tỷ đồng": what was handed over, up to its value. */
    private static final Pattern DONATED = Pattern.compile("(?iuU)\\b(?:trao tặng|bàn giao)\\s+(?:cho\\s+)?"
            + "(?:(?:tỉnh|thành phố|TP\\.?|UBND tỉnh)\\s+(?:\\p{Lu}\\p{L}*\\s+){0,3})?(.{3,80}?)\\s+(?:trị giá|có giá trị|tổng trị giá)");
    /** "dành cho hai dự án", "cho các dự án": an amount that is the total of several projects. */
    private static final Pattern SEVERAL_PROJECTS = Pattern.compile(
            "(?iuU)(?:dành\\s+)?cho\\s+(?:hai|ba|bốn|năm|các|những|\\d+)\\s+dự án");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{8,200})[\"”]");
    private static final Pattern CHANNEL = Pattern.compile("(?iu)(?:thông qua|qua)\\s+(?:tổ chức\\s+)?([A-Z][A-Za-z]{2,}|[\\p{Lu}][^,.;()]{3,40}?)(?=[,.;]|\\s+(?:chính phủ|đã|với))");

    /** "(1) …; (2) …": the numbers of a list written inside one sentence. */
    private static final Pattern ITEM = Pattern.compile("(?:^|[;,:]?\\s+)\\(\\d{1,2}\\)\\s*");
    private static final Pattern PARENTHESIS = Pattern.compile("^\\s*\\(([^)]{3,80})\\)");
    private static final Pattern PROJECT = Pattern.compile(
            "(?iu)\\bdự án\\s+(?!(?:là|đã|sẽ|được|có|này|trên)\\s)([^,.;]{8,160}?)(?=\\s+(?:theo|với ngân sách|thuộc|của chính phủ)\\b|[,.;]|$)");
    private static final Pattern FIGURE = Pattern.compile("(?iu)(?:(?:hơn|trên|gần|khoảng)\\s+)?(?:thứ\\s+\\d+"
            + "|\\d+(?:[.,]\\d+)*(?:\\s*(?:nghìn tỷ|nghìn tỉ|tỷ|tỉ|triệu|nghìn))?(?:\\s*(?:USD|Yên|đồng|%))?)");

    /** "(thứ 4 từ trái sang)", "người thứ 2 từ phải qua": where someone stands in a photo, never a figure. */
    private static final Pattern POSITION_AFTER = Pattern.compile("(?iu)^\\s*từ\\s+(?:trái|phải|bên\\s+trái|bên\\s+phải)\\b");
    /** "đứng thứ 6 Nhật Bản", "lớn thứ 2 của Nhật Bản", "thứ 3 thế giới": a rank within Japan or the world. */
    private static final Pattern SCOPE_AFTER = Pattern.compile("(?iu)^\\s*(?:(?:của|tại|ở|trong|toàn)\\s+)?(?:cả\\s+)?"
            + "(?:Nhật\\s+Bản|Nhật|thế\\s+giới|châu\\s+Á)\\b");
    /** "tỉnh Shizuoka", "thành phố Kawasaki": a place a Japanese body is named after. */
    private static final Pattern PLACE = Pattern.compile("(?uU)\\b(?:[Tt]ỉnh|[Tt]hành\\s+phố|TP\\.?|[Tt]hủ\\s+đô)\\s+(\\p{Lu}\\p{L}+)");

    private final Cues c;
    private final Japan japan;

    private boolean national(String key) {
        return Cues.indexOfWord(key, c.k("Việt Nam")) >= 0 || Cues.indexOfWord(key, c.k("cả nước")) >= 0
                || Cues.indexOfWord(key, c.k("Nhật Bản hiện là")) >= 0;
    }

    FigureFinder(Cues cues, Japan japan) {
        this.c = cues;
        this.japan = japan;
    }

    /**
     * A sentence about a Japanese place ("thành phố Kawasaki … có hơn 400 cơ sở nghiên cứu") that names none of the
     * province's names tells the partner's figures, not the province's.
     */
    private boolean aboutJapanesePlace(String sentence, String sentenceKey, List<String> provinceNames) {
        if (provinceNames.stream().anyMatch(p -> sentenceKey.contains(c.k(p)))) {
            return false;
        }
        for (Matcher m = PLACE.matcher(sentence); m.find(); ) {
            String word = m.group(1);
            if (!japan.isVietnamesePlaceWord(word)
                    && (japan.prefecture(word).isPresent() || japan.municipality(word, null).isPresent())) {
                return true;
            }
        }
        return false;
    }

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
            if (!vn.protocolbrief.domain.AidProject.plausible(value)) {
                continue;
            }
            out.add(new Money(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(),
                    currency, m.start(), m.end()));
        }
        return out;
    }

    /** The article's sentences, headline included; aid is read in the lead and body. */
    List<AidDraft> aid(List<Sentences.Sentence> sentences) {
        List<AidDraft> out = new ArrayList<>();
        // "Lễ bàn giao các công trình do Chính phủ Nhật Bản tài trợ": a headline that says the ceremony is about aid.
        boolean aidHeadline = sentences.stream().anyMatch(s -> s.role() == Sentences.Role.HEADLINE && aidCue(c.k(s.text())));
        boolean ceremonyTold = false;
        for (Sentences.Sentence s : sentences) {
            if (!s.body()) {
                continue;
            }
            String key = c.k(s.text());
            // A ceremony of this meeting ("lễ bàn giao", "lễ ký kết") where aid is handed over or signed.
            boolean ceremony = c.cues("meeting").stream().filter(m -> m.startsWith(c.k("lễ ")))
                    .anyMatch(m -> Cues.indexOfWord(key, m) >= 0);
            // Only the headline says it is aid: the first sentence that tells the ceremony tells what was handed
            // over; later ones ("sau lễ bàn giao…", a caption) name the same projects again.
            if (!aidCue(key) && !(ceremony && aidHeadline && !ceremonyTold)) {
                continue;
            }
            ceremonyTold |= ceremony;
            List<Money> amounts = money(s.text());
            // Without an amount, only a handed-over, approved or granted project is an aid project; an ask for
            // projects is a request.
            boolean strong = ceremony || c.cues("aid_strong").stream().anyMatch(c -> Cues.indexOfWord(key, c) >= 0);
            if (amounts.isEmpty() && (!strong || c.requestCueAt(key) >= 0)) {
                continue;
            }
            List<String> listed = listed(s.text());
            if (amounts.isEmpty() && listed.size() > 1) {
                listed.forEach(item -> out.add(new AidDraft(item, null, null, null, null, s.text())));
                continue;
            }
            String title = aidTitle(s.text());
            if (title == null && amounts.isEmpty()) {
                continue;
            }
            Money first = amounts.isEmpty() ? null : amounts.get(0);
            // "Tổng số tiền viện trợ cho hai dự án là hơn 190 nghìn USD": the amount of the project just named, never
            // a project of its own (a project's name is its name, not a sentence about its amount).
            AidDraft named = out.isEmpty() ? null : out.get(out.size() - 1);
            if (title == null && named != null && named.amount() == null) {
                // "… cho hai dự án là …": a total over several projects says so beside the amount.
                Matcher several = SEVERAL_PROJECTS.matcher(s.text());
                out.set(out.size() - 1, new AidDraft(named.title(), first.amount(), first.currency(),
                        several.find() ? several.group().strip() : named.amountNote(), named.channel(),
                        named.evidence() + " " + s.text()));
                continue;
            }
            String note = null;
            if (first != null) {
                Matcher paren = PARENTHESIS.matcher(s.text().substring(first.end()));
                if (paren.find()) {
                    note = paren.group(1).strip();
                }
            }
            Matcher ch = CHANNEL.matcher(s.text());
            String channel = ch.find() ? ch.group(1).strip() : key.contains(c.k("không hoàn lại cấp cơ sở"))
                    ? "Viện trợ không hoàn lại cấp cơ sở" : null;
            out.add(new AidDraft(title != null ? title : s.text(), first == null ? null : first.amount(),
                    first == null ? null : first.currency(), note, channel, s.text()));
        }
        return out;
    }

    /**
     * The clause without its number: the label says what is counted ("Tỉnh hiện có dự án FDI") and the value says how
     * many, so that "label: value" never prints the number twice ("bàn giao 02 dự án: 02").
     */
    static String label(String clause, int start, int end) {
        String label = (clause.substring(0, start) + " " + clause.substring(end)).replaceAll("\\s+", " ").strip()
                .replaceAll("[.]+$", "").strip();
        return label.isEmpty() ? clause.strip() : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private boolean aidCue(String key) {
        return c.cues("aid").stream().anyMatch(a -> Cues.indexOfWord(key, a) >= 0);
    }

    /** "02 dự án: (1) Trường tiểu học …; (2) xây dựng 06 cầu …": each numbered item, capitalised. */
    static List<String> listed(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher first = ITEM.matcher(sentence);
        if (!first.find()) {
            return out;
        }
        for (String item : ITEM.split(sentence.substring(first.start()))) {
            String t = item.strip().replaceAll("[;,.:]+$", "").strip();
            if (t.length() >= 4) {
                out.add(Character.toUpperCase(t.charAt(0)) + t.substring(1));
            }
        }
        return out;
    }

    /** A quoted project name, else "dự án …" up to where the sentence turns to something else. */
    private static String aidTitle(String sentence) {
        Matcher q = QUOTED.matcher(sentence);
        if (q.find()) {
            return q.group(1).strip();
        }
        Matcher d = PROJECT.matcher(sentence);
        if (d.find()) {
            return "Dự án " + d.group(1).strip();
        }
        Matcher given = DONATED.matcher(sentence);
        return given.find() ? Character.toUpperCase(given.group(1).charAt(0)) + given.group(1).substring(1).strip() : null;
    }

    /**
     * Figures about the province: a clause that names Viet Nam as a whole ("nhà đầu tư lớn thứ 3 của Việt Nam")
     * is national and not the province's.
     */
    List<FigureDraft> figures(List<Sentences.Sentence> sentences, Set<String> aidEvidence, List<String> provinceNames) {
        List<FigureDraft> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            // An aid's evidence may join the sentence that named it and the one that gave its amount.
            if (aidEvidence.stream().anyMatch(e -> e.contains(s.text()))) {
                continue;
            }
            String sentenceKey = c.k(s.text());
            if (national(sentenceKey) && provinceNames.stream().noneMatch(p -> sentenceKey.contains(c.k(p)))
                    || aboutJapanesePlace(s.text(), sentenceKey, provinceNames)) {
                continue;
            }
            // Clauses end at ", " — never at the comma inside a Vietnamese decimal ("2,3 tỷ USD").
            for (String clause : s.text().split(",\\s+|;\\s*|:\\s+")) {
                String key = c.k(clause);
                if (c.cues("figure").stream().noneMatch(c -> Cues.indexOfWord(key, c) >= 0)) {
                    continue;
                }
                Matcher n = FIGURE.matcher(clause);
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
                    // A place in a photo, or a rank within Japan or the world, is nobody's figure of the province.
                    if (POSITION_AFTER.matcher(after).find() || SCOPE_AFTER.matcher(after).find()) {
                        continue;
                    }
                    // A bare number is a figure only with its unit: "12 dự án", not "2 bên".
                    boolean measured = value.matches("(?iu).*(thứ|tỷ|tỉ|triệu|nghìn|usd|yên|đồng|%|hơn|trên|gần|khoảng).*")
                            || after.matches("(?iu)^\\s*(dự án|doanh nghiệp|lao động|người|%).*");
                    if (!measured) {
                        continue;
                    }
                    out.add(new FigureDraft(label(clause, n.start(), n.end()), value, s.text()));
                    break;
                }
            }
        }
        return out;
    }

}
