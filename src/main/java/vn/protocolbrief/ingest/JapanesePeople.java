package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Sentences.Sentence;
import vn.protocolbrief.ingest.Tokens.Token;

/**
 * Finds Japanese people: two romanised words in a row ("Heita Kawakatsu", "ONO Masuo", "Yuji SATO") next to
 * an honorific ("ông", "ngài", "TS.") or a title, written either order; or a name spelt in Vietnamese syllables
 * ("I-tô Na-ô-ki"), kept as written. The family name is the word in capitals, else the one the name dictionary
 * (ENAMDICT and the commonest surnames, plus what the office has confirmed) finds more likely a surname.
 */
final class JapanesePeople {
    /** One mention of a Japanese person. */
    record Found(int sentence, int start, int end, String family, String given, String title, int titleStart,
                 int titleEnd, boolean sureOrder, boolean syllables, boolean deceased, String evidence, String address) {
        Found(int sentence, int start, int end, String family, String given, String title, int titleStart,
              int titleEnd, boolean sureOrder, boolean syllables, boolean deceased, String evidence) {
            this(sentence, start, end, family, given, title, titleStart, titleEnd, sureOrder, syllables, deceased,
                    evidence, null);
        }
    }

    private static final Set<String> HONORIFICS = Set.of("ông", "bà", "ngài", "ts", "gs", "pgs", "tiến sĩ", "giáo sư",
            "mr", "ms", "mrs", "dr", "anh", "chị", "cô", "phu nhân");
    private static final Set<String> NOT_NAMES = Set.of("japan", "nippon", "nihon", "hanoi", "saigon", "expo", "asean",
            "jica", "jetro", "jbic", "usd", "yen", "mou", "ocop", "gdp", "grdp", "fdi");
    /** Written in capitals these are abbreviations ("vốn ODA"); otherwise family names (Mr Oda). */
    private static final Set<String> CAPITALS_NOT_NAMES = Set.of("ODA");
    private static final Pattern ADDRESS = Pattern.compile("(?iuU)(?:^|[\\s,(–—-])(ông|bà|cô|anh|chị|ngài|phu nhân)[\\s,]*$");
    private static final Pattern SYLLABLE_NAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}]*(?:-[\\p{L}]+)+)\\s+(\\p{Lu}[\\p{L}]*(?:-[\\p{L}]+)+)");
    private static final Pattern DECEASED = Pattern.compile("(?iuU)^[^.;]{0,80}?\\b(đã mất|đã qua đời|quá cố)");

    private final NameParts names = NameParts.get();
    private final Japan japan;
    private final Map<String, String> learnedNames;
    private final JapaneseTitles titles;

    JapanesePeople(Japan japan, Map<String, String> learnedNames, List<String> learnedTitles) {
        this.japan = japan;
        this.learnedNames = learnedNames;
        this.titles = new JapaneseTitles(learnedTitles);
    }

    List<Found> find(List<Sentence> sentences) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = HyphenedNames.withoutSyllables(s.text(), Tokens.of(s.text()));
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token a = tokens.get(i);
                Token b = tokens.get(i + 1);
                boolean misspelt = nameWord(a) && misspeltNameWord(b) || misspeltNameWord(a) && nameWord(b);
                if (!(nameWord(a) && nameWord(b) || misspelt) || !Tokens.onlySpaces(s.text(), a.end(), b.start())
                        || b.start() - a.end() > 2) {
                    continue;
                }
                // "ông Fshidera Junichi – Phó Thống đốc": a word one letter from romaji is a name only where the
                // frame says so, a form of address before it and a Japanese title beside it.
                if (misspelt && !(HONORIFICS.contains(lastWordBefore(s.text(), a.start()).toLowerCase(Locale.ROOT))
                        && (titles.titleAfter(s.text(), b.end()) != null || titles.titleBefore(s.text(), a.start()) != null))) {
                    continue;
                }
                // A longer run: a place or company written before the name is not part of it ("Sakai Motoya Kazuhiro").
                if (i + 2 < tokens.size() && nameWord(tokens.get(i + 2))
                        && Tokens.onlySpaces(s.text(), b.end(), tokens.get(i + 2).start())
                        && (placeOrBody(a) || placeHeadBefore(s.text(), tokens, i))) {
                    continue;
                }
                // "… Kyoto Sangyo Hirose Akira": the next pair reads better as family then given name than this one.
                if (i + 2 < tokens.size() && nameWord(tokens.get(i + 2))
                        && Tokens.onlySpaces(s.text(), b.end(), tokens.get(i + 2).start())
                        && pairScore(b, tokens.get(i + 2)) > pairScore(a, b)) {
                    continue;
                }
                if (placeHeadBefore(s.text(), tokens, i) || japan.company(a.text() + " " + b.text()).isPresent()) {
                    continue;
                }
                Found f = person(s, tokens, i);
                if (f != null) {
                    out.add(f);
                    i++;
                }
            }
            singleNames(s, tokens, out, s == sentences.get(sentences.size() - 1));
            Matcher v = SYLLABLE_NAME.matcher(s.text());
            int from = 0;
            while (from < s.text().length() && v.find(from)) {
                from = v.end();
                // "tỉnh Ka-ga-oa Ta-na-ka Hi-rô-si": the word after a place's head word is the place, the name follows it.
                if (placeHeadBefore(s.text(), v.start())) {
                    from = v.start(2);
                    continue;
                }
                if (honorificOrTitleBefore(s.text(), v.start()) != null || titles.titleAfter(s.text(), v.end()) != null) {
                    int[] title = titles.titleBefore(s.text(), v.start());
                    if (title == null) {
                        title = titles.titleAfter(s.text(), v.end());
                    }
                    out.add(new Found(s.index(), v.start(), v.end(), v.group(1), v.group(2),
                            title == null ? null : JapaneseTitles.clean(s.text().substring(title[0], title[1])),
                            title == null ? -1 : title[0], title == null ? -1 : title[1], false, true, false, s.text(),
                            address(s.text(), v.start())));
                }
            }
        }
        return out;
    }

    /**
     * "ông Tanaka", "Thống đốc Fukuda": a family name alone right after an honorific or a title, when the
     * dictionary knows it well as a surname. It joins the person named in full elsewhere in the article.
     */
    private void singleNames(Sentence s, List<Token> tokens, List<Found> out, boolean lastSentence) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // The imperial family bears no family name: "Hoàng Thái tử Akishino", "Công chúa Aiko" are names alone.
            if (!nameWord(t) || names.surnameScore(t.text(), learnedNames) < 2.5 && !afterImperialTitle(s.text(), t)
                    && !titledAndAddressed(s.text(), t)) {
                continue;
            }
            // "… Nhật - Việt tại Sakai": the word after a preposition is a place, whatever the dictionary says.
            String previousWord = Text.key(s.text().substring(Math.max(0, t.start() - 8), t.start()));
            if (previousWord.matches("(?:.* )?(?:tai|o|cua|tu|thuoc)")) {
                continue;
            }
            // A clipped paste ends mid-word ("Ngài Thống đốc Ka"): the last word of the text is no name of its own.
            if (lastSentence && i == tokens.size() - 1 && s.text().substring(t.end()).isBlank()) {
                continue;
            }
            int index = i;
            boolean inPair = out.stream().anyMatch(f -> f.sentence() == s.index() && f.start() <= t.start() && t.end() <= f.end());
            boolean nextIsName = i + 1 < tokens.size() && nameWord(tokens.get(i + 1))
                    && tokens.get(i + 1).start() - t.end() <= 2;
            boolean previousIsName = i > 0 && nameWord(tokens.get(i - 1)) && t.start() - tokens.get(i - 1).end() <= 2;
            if (inPair || nextIsName || previousIsName || placeHeadBefore(s.text(), tokens, index)
                    || insideVietnameseName(s.text(), tokens, i)) {
                continue;
            }
            String before = Text.key(s.text().substring(Math.max(0, t.start() - 30), t.start()));
            String last = before.contains(" ") ? before.substring(before.lastIndexOf(' ') + 1) : before;
            boolean honorific = last.equals("ong") || last.equals("ngai") || last.equals("ba");
            int[] title = honorific && !titledAndAddressed(s.text(), t) ? null : titles.titleBefore(s.text(), t.start());
            if (!honorific && (title == null || t.start() - title[1] > 3)) {
                continue;
            }
            // "đề nghị Thị trưởng Nagoya tổ chức đoàn doanh nghiệp Nagoya …": a place of the gazetteer alone after a
            // title is a place (the one the post heads, or the one spoken of), not a family name; after "ông" it is one.
            if (!honorific && placeOrBody(t) && !afterImperialTitle(s.text(), t)) {
                continue;
            }
            out.add(new Found(s.index(), t.start(), t.end(), capitalise(t.text()), null,
                    title == null ? null : JapaneseTitles.clean(s.text().substring(title[0], title[1])),
                    title == null ? -1 : title[0], title == null ? -1 : title[1], false, false, false, s.text(),
                    address(s.text(), t.start())));
        }
    }

    /**
     * "Ủy Ban Nhân dân": a word written between two capitalised Vietnamese words (with their marks), a space
     * apart, is a syllable of a Vietnamese name, however Japanese it looks on its own.
     */
    private static boolean insideVietnameseName(String text, List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        Token t = tokens.get(i);
        return vietnameseCapitalised(before) && vietnameseCapitalised(after)
                && Tokens.onlySpaces(text, before.end(), t.start()) && t.start() - before.end() == 1
                && Tokens.onlySpaces(text, t.end(), after.start()) && after.start() - t.end() == 1
                && !HONORIFICS.contains(before.text().toLowerCase(Locale.ROOT));
    }

    private static boolean vietnameseCapitalised(Token t) {
        return t.capitalised() && !Romaji.is(t.text()) && !t.text().equals(Text.fold(t.text()));
    }

    /** How much better one order must read than the other (log-evidence) before the dictionary is sure of it. */
    private static final double SURE_ORDER = 1.0;

    /** True when the dictionary has the word more as a family name than as a given name. */
    private boolean leansFamily(String word) {
        return names.surnameScore(word, learnedNames) > names.givenScore(word, learnedNames);
    }

    /** How well two words read as a family name then a given name. */
    private double pairScore(Token family, Token given) {
        return names.surnameScore(family.text(), learnedNames) + names.givenScore(given.text(), learnedNames);
    }

    /**
     * A capitalised word in plain Latin letters that is one letter away from Japanese syllables ("Fshidera" for
     * "Fushidera"): a name misspelt by the article, as real articles do. Only ever taken in a name's frame.
     */
    private boolean misspeltNameWord(Token t) {
        String w = t.text();
        if (!t.capitalised() || t.allCaps() || w.length() < 5 || Romaji.is(w)
                || !w.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))
                || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) || japan.isVietnamesePlace(w)
                || japan.countryAt(w).isPresent()) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (Romaji.is(lower.substring(0, i) + lower.substring(i + 1))) {
                return true;
            }
            for (char v : "aiueo".toCharArray()) {
                if (Romaji.is(lower.substring(0, i) + v + lower.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word just before an offset, as written. */
    private static String lastWordBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 20), start).strip();
        int space = before.lastIndexOf(' ');
        return space < 0 ? before : before.substring(space + 1);
    }

    private boolean nameWord(Token t) {
        String w = t.text();
        return t.capitalised() && w.length() >= 2 && Romaji.is(w) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
                && !CAPITALS_NOT_NAMES.contains(w)
                && !japan.isVietnamesePlace(w) && japan.countryAt(w).isEmpty();
    }

    /** "tỉnh Ka-ga-oa …": a place's head word right before an offset. */
    private static boolean placeHeadBefore(String text, int start) {
        String raw = text.substring(Math.max(0, start - 14), start);
        String before = Text.fold(raw);
        return before.matches("(?s).*\\b(tinh|thanh pho|tp\\.?|quan)\\s*$") || capitalHeadBefore(raw);
    }

    /** "đô Tokyo": folding would make it "do", the word that introduces a delegation's head ("do X dẫn đầu"). */
    private static boolean capitalHeadBefore(String raw) {
        return raw.toLowerCase(Locale.ROOT).matches("(?s).*(?:^|[^\\p{L}])đô\\s*$");
    }

    private boolean placeOrBody(Token t) {
        return japan.prefecture(t.text()).isPresent() || japan.municipality(t.text(), null).isPresent()
                || japan.company(t.text()).isPresent();
    }

    /** "thành phố Sakai Motoya", "tỉnh Niigata Hanazumi": the word after a place's head word is the place. */
    private static boolean placeHeadBefore(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String raw = text.substring(Math.max(0, tokens.get(i).start() - 14), tokens.get(i).start());
        String before = Text.fold(raw);
        return before.matches("(?s).*\\b(tinh|thanh pho|tp\\.?|pho|quan|tap doan|cong ty|dai hoc|dh|hoi dong tinh"
                + "|ngan hang|benh vien)\\s*$") || capitalHeadBefore(raw);
    }

    private Found person(Sentence s, List<Token> tokens, int i) {
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        String text = s.text();
        String context = honorificOrTitleBefore(text, a.start());
        int[] titleBefore = titles.titleBefore(text, a.start());
        // "ông A – Thống đốc tỉnh, ông B - Nghị sĩ": a title written after one name is that name's, not the next one's.
        if (titleBefore != null && JapaneseTitles.followsAnotherName(text, titleBefore[0])) {
            titleBefore = null;
        }
        int[] titleAfter = titles.titleAfter(text, b.end());
        boolean dictionary = likelyName(a.text(), b.text());
        if (context == null && titleBefore == null && titleAfter == null && !(dictionary && (a.allCaps() || b.allCaps()))) {
            return null;
        }
        if (!dictionary && context == null && titleBefore == null && titleAfter == null) {
            return null;
        }
        String family;
        String given;
        boolean sure;
        if (a.allCaps() != b.allCaps()) {
            family = a.allCaps() ? a.text() : b.text();
            given = a.allCaps() ? b.text() : a.text();
            sure = true;
        } else {
            double ab = names.surnameScore(a.text(), learnedNames) + names.givenScore(b.text(), learnedNames);
            double ba = names.surnameScore(b.text(), learnedNames) + names.givenScore(a.text(), learnedNames);
            // Without capitals the order as written stands unless the dictionary is sure it is swapped: a guess
            // that turns the order round ("Hitomi Tatsuya" → "TATSUYA Hitomi") is worse than the article's order.
            // Sure of a swap only when the second word leans to family names and the first to given names: a count
            // of spellings alone would swap two given names ("Hitomi" has more given-name spellings than "Tatsuya").
            boolean swapped = ba - ab >= SURE_ORDER && leansFamily(b.text()) && !leansFamily(a.text());
            sure = swapped || ab - ba >= SURE_ORDER;
            family = swapped ? b.text() : a.text();
            given = swapped ? a.text() : b.text();
        }
        int[] title = titleBefore != null ? titleBefore : titleAfter;
        String titleText = title == null ? null : JapaneseTitles.clean(text.substring(title[0], title[1]));
        boolean deceased = DECEASED.matcher(text.substring(b.end())).find()
                || text.substring(Math.max(0, a.start() - 4), a.start()).toLowerCase(Locale.ROOT).endsWith("cố ");
        return new Found(s.index(), a.start(), b.end(), capitalise(family), capitalise(given), titleText,
                title == null ? -1 : title[0], title == null ? -1 : title[1], sure, false, deceased, text,
                address(text, a.start()));
    }

    /** "ông", "bà", "cô", "anh", "chị", "Ngài" written just before a name (after its title, if any): how the text addresses them. */
    private static String address(String text, int start) {
        Matcher m = ADDRESS.matcher(text.substring(Math.max(0, start - 16), start));
        if (!m.find()) {
            return null;
        }
        String a = m.group(1).toLowerCase(Locale.ROOT);
        return a.equals("ngài") ? "Ngài" : a;
    }

    /** Both orders scored: true when one reading is a plausible family name and given name. */
    private boolean likelyName(String a, String b) {
        double ab = names.surnameScore(a, learnedNames) + names.givenScore(b, learnedNames);
        double ba = names.surnameScore(b, learnedNames) + names.givenScore(a, learnedNames);
        return Math.max(ab, ba) >= 3.0 && names.known(a) && names.known(b);
    }

    /** The honorific or title word right before a name ("ông", "Ngài", "TS.", "Thống đốc"), if any. */
    private String honorificOrTitleBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start);
        String folded = Text.key(before);
        String[] words = folded.split(" ");
        if (words.length == 0) {
            return null;
        }
        String last = words[words.length - 1];
        String lastTwo = words.length > 1 ? words[words.length - 2] + " " + last : last;
        for (String h : HONORIFICS) {
            String fh = Text.key(h);
            if (last.equals(fh) || lastTwo.equals(fh)) {
                return h;
            }
        }
        int[] t = titles.titleBefore(text, start);
        return t == null ? null : text.substring(t[0], t[1]);
    }

    private static String capitalise(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Rank of a title: higher is more senior; 0 when unknown. */
    int rank(String title) {
        return titles.rank(title);
    }

    /** The partner kind a title implies ("Thống đốc" → prefecture), or null. */
    String kind(String title) {
        return titles.kind(title);
    }

    /**
     * "Phó Chủ tịch JICA – Ông Ichikawa": a Japanese title, then "ông"/"bà"/"Ngài", then a word the dictionary has
     * more as a family name than as a given one — the full frame of a person, so a rarer family name is enough.
     */
    private boolean titledAndAddressed(String text, Token t) {
        if (names.surnameScore(t.text(), learnedNames) <= 0 || !leansFamily(t.text())
                || !ADDRESS.matcher(text.substring(Math.max(0, t.start() - 16), t.start())).find()) {
            return false;
        }
        int[] title = titles.titleBefore(text, t.start());
        return title != null && t.start() - title[1] <= 8;
    }

    private boolean afterImperialTitle(String text, Token t) {
        int[] title = titles.titleBefore(text, t.start());
        return title != null && t.start() - title[1] <= 3
                && PartnerKind.IMPERIAL.id().equals(titles.kind(JapaneseTitles.clean(text.substring(title[0], title[1]))));
    }
}
