package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;
import vn.protocolbrief.ingest.PartnerFinder.Raw;
import vn.protocolbrief.ingest.Sentences.Sentence;
import vn.protocolbrief.ingest.Tokens.Token;

/**
 * The bodies an article names by their own name rather than by a place: universities, companies, agencies,
 * ministries, associations named after a Japanese place, and the store's partners by name or acronym. The
 * public bodies of a place (prefecture, city, assembly, embassy, consulate) are {@link PartnerFinder}'s.
 */
final class OrganisationScan {
    private static final Pattern UNIVERSITY = Pattern.compile("(?uU)\\b(?:Trường\\s+|trường\\s+)?(?:Đại\\s+học|đại\\s+học|ĐH|Học\\s+viện"
            + "|Cao\\s+đẳng)"
            + "(?:\\s*\\((?:ĐH|ĐHQG)\\))?");
    private static final Pattern COMPANY = Pattern.compile("(?uU)\\b(?:[Tt]ập\\s+đoàn|[Cc]ông\\s+ty(?:\\s+(?:TNHH|CP|[Cc]ổ\\s+phần))?"
            + "|[Tt]ổng\\s+công\\s+ty|[Nn]gân\\s+hàng|[Tt]rung\\s+tâm|[Nn]hà\\s+máy)");
    private static final Pattern ORGANISATION = Pattern.compile("(?uU)\\b(Bộ|Cơ\\s+quan|Tổ\\s+chức|Cục|Quỹ|Viện|Hiệp\\s+hội|Phòng"
            + "|[Ll]ực\\s+lượng|Ban|[Tt]àu"
            + "|Liên\\s+đoàn|Ngân\\s+hàng|Trung\\s+tâm)\\s+([^,.;:()“”\"]{3,90}?)\\s+(?:của\\s+)?\\(?Nhật\\s+Bản\\)?"
            + "(\\s+tại\\s+(?:TP\\.?\\s*|[Tt]hành\\s+phố\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}]*){0,3})?"
            + "(?:\\s*\\(([A-Z]{2,8})\\))?");
    /** "Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản (MLIT)": a ministry's name lists its fields, each capitalised. */
    private static final Pattern MINISTRY = Pattern.compile("(?uU)\\bBộ\\s+(\\p{Lu}[\\p{L}]*(?:(?:\\s+|,\\s+|\\s+và\\s+)\\p{Lu}?[\\p{L}]+){0,12}?)"
            + "\\s+Nhật\\s+Bản(?:\\s*\\(([A-Z]{2,8})\\))?");
    private static final Pattern PLACE_BODY = Pattern.compile("(?uU)\\b([Đđ]oàn\\s+[Dd]oanh\\s+nghiệp|Hiệp\\s+hội|Liên\\s+đoàn|Phòng\\s+Thương\\s+mại|Câu\\s+lạc\\s+bộ"
            + "|Quỹ|Viện|Cơ\\s+quan|Tổ\\s+chức|Ngân\\s+hàng|Hội)\\s");
    private static final Pattern ACRONYM = Pattern.compile("\\b([A-Z]{3,6})\\b");
    /** Words that end an organisation's name when reading on from its head word. */
    private static final java.util.Set<String> NAME_STOPS = java.util.Set.of("và", "cùng", "đã", "đang", "sẽ", "tại", "ở",
            "của", "với", "do", "để", "vừa", "có", "là", "được", "cho", "về", "nhằm", "trong", "thuộc", "đến", "sang",
            "tới", "làm", "dẫn", "đầu", "tiếp", "gồm", "như", "từ", "trên", "theo", "chủ", "ông", "bà", "ngài");

    /**
     * Words that open a clause: a body's name never holds one. "Hiệp hội và những điểm tương đồng giữa …": after
     * "và" a lower-case word goes on with the sentence ("vừa và nhỏ" stays: "nhỏ" is no plural or pronoun).
     */
    private static final Pattern CLAUSE_IN_NAME = Pattern.compile("(?iuU)\\s(?:cho biết|với tư cách|bày tỏ|khẳng định|"
            + "nhấn mạnh|đã|đang|sẽ|là|giữa|và (?-i:những|các)|(?-i:về))\\s");

    private final PartnerResolver partners;
    private final Japan japan;

    OrganisationScan(PartnerResolver partners, Japan japan) {
        this.partners = partners;
        this.japan = japan;
    }

    void universities(Sentence s, List<Token> tokens, List<Raw> raw) {
        Matcher m = UNIVERSITY.matcher(s.text());
        while (m.find()) {
            List<Token> name = nameAfter(s.text(), tokens, m.end(), 6);
            int last = -1;
            boolean vietnamese = false;
            for (int i = 0; i < name.size(); i++) {
                Token t = name.get(i);
                if (last >= 0 && personStarts(name, i)) {
                    break; // "Hiệu trưởng Đại học Kagoshima Ono Hiroshi": the university ends where its head's name begins
                }
                // "Đại học Cần Thơ" is Vietnamese; "Cao đẳng Điều dưỡng …" is not ("dưỡng" folds like "Dương").
                if (t.capitalised() && japan.isVietnamesePlaceWord(t.text()) && !Romaji.is(t.text())) {
                    vietnamese = true;
                }
                if (t.capitalised() && Romaji.is(t.text()) && (japan.prefecture(t.text()).isPresent()
                        || japan.municipality(t.text(), null).isPresent() || PartnerFinder.japaneseWord(japan, t.text()))) {
                    last = i;
                }
            }
            if (last < 0 || vietnamese) {
                continue;
            }
            // "Đại học Osaka Metropolitan", "Đại học Tokyo Gakugei": the name goes on with capitalised words in
            // Latin letters after the place; a head's name ("… Osaka Tanaka Ichiro") or a Vietnamese word ends it.
            String core = name.get(last).text();
            while (last + 1 < name.size() && latinNameWord(name.get(last + 1))
                    && name.get(last + 1).start() - name.get(last).end() == 1 && !personStarts(name, last + 1)) {
                last++;
            }
            int end = name.get(last).end();
            String country = japan.countryAt(s.text().substring(end)).orElse(null);
            String words = s.text().substring(name.get(0).start(), end).replaceAll("\\s+", " ");
            boolean college = Text.key(m.group()).contains("cao dang");
            String vi = (college ? "Trường Cao đẳng " : "Đại học ") + words;
            String en = words + (college ? " College" : " University");
            raw.add(new Raw(s.index(), m.start(), end, PartnerFinder.fresh(PartnerKind.UNIVERSITY, vi, en,
                    japan.prefecture(core).map(Prefecture::code).orElse(null), country, core), 1, 6));
        }
    }

    void companies(Sentence s, List<Token> tokens, List<Raw> raw) {
        Matcher m = COMPANY.matcher(s.text());
        while (m.find()) {
            String head = Text.key(m.group());
            List<Token> name = nameAfter(s.text(), tokens, m.end(), 4);
            // Capitalised words (and acronyms) of the name; "Việt Nam"/"Nhật Bản" after it are not part of it.
            List<Token> words = new ArrayList<>();
            for (Token t : name) {
                if (!(t.capitalised() || Character.isDigit(t.text().charAt(0))) || t.text().equals("Việt")
                        || t.text().equals("Nhật")) {
                    break;
                }
                words.add(t);
            }
            if (words.isEmpty()) {
                continue;
            }
            int end = words.get(words.size() - 1).end();
            String written = s.text().substring(words.get(0).start(), end);
            String after = s.text().substring(end);
            Optional<String> country = japan.countryAt(after);
            Optional<String> company = japan.company(written);
            if (company.isEmpty() && words.size() > 1) {
                company = japan.company(words.get(0).text());
                // "Sumitomo Forestry", "Aeon Mall": the group's name and an English word make another company of it.
                if (company.isPresent() && words.subList(1, words.size()).stream().allMatch(t -> t.text().length() > 2
                        && t.text().chars().allMatch(ch -> ch < 128 && Character.isLetter(ch)))) {
                    company = Optional.of(written.replaceAll("\\s+", " "));
                }
            }
            List<Warning> warnings = new ArrayList<>();
            // "Trong chuyến công tác tại Nhật Bản, … làm việc với Tập đoàn Fuji Xerox": a group named from a
            // Japanese word, in a sentence set in Japan.
            String firstWord = words.get(0).text();
            boolean japaneseFirst = Romaji.is(firstWord) && (NameParts.get().known(firstWord)
                    || japan.prefecture(firstWord).isPresent() || japan.municipality(firstWord, null).isPresent());
            // "Công ty TNHH Yokowo Việt Nam (Nhật Bản)": the Vietnamese subsidiary of a Japanese company.
            String pastSubsidiary = after.replaceFirst("^\\s+Việt\\s+Nam\\b", "");
            boolean saysJapan = Japan.saysJapanAt(after) || Japan.saysJapanAt(pastSubsidiary)
                    || japaneseFirst && s.text().contains("Nhật Bản");
            if (country.isPresent()) {
                raw.add(new Raw(s.index(), m.start(), end, PartnerFinder.fresh(PartnerKind.COMPANY, written, written, null,
                        country.get(), null), 1, 6));
                continue;
            }
            boolean strongHead = head.startsWith("tap doan") || head.startsWith("cong ty") || head.startsWith("tong cong ty");
            if (company.isEmpty() && !(saysJapan && strongHead && written.chars().anyMatch(Character::isLetter))) {
                continue;
            }
            String display = company.orElse(written);
            Candidate spec = PartnerFinder.fresh(PartnerKind.COMPANY, display, display, null, null, display);
            spec.warnings.addAll(warnings);
            raw.add(new Raw(s.index(), m.start(), end, spec, 1, 6));
        }
        // A known company named without "Tập đoàn": "… của Panasonic".
        for (Token t : tokens) {
            if (t.capitalised() && t.text().length() >= 4 && !t.allCaps() || t.allCaps() && t.text().length() >= 3) {
                Optional<String> company = japan.company(t.text());
                if (company.isPresent() && !personNext(tokens, t)) {
                    raw.add(new Raw(s.index(), t.start(), t.end(), PartnerFinder.fresh(PartnerKind.COMPANY, company.get(), company.get(),
                            null, null, company.get()), 0.75, 1));
                }
            }
        }
    }

    /** A family name then a given name start at token i ("Ono Hiroshi"), by the names dictionary. */
    /** A capitalised word in plain Latin letters that is no place in Vietnam and no country ("Metropolitan"). */
    private boolean latinNameWord(Token t) {
        String w = t.text();
        return t.capitalised() && w.length() >= 3 && w.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))
                && !japan.isVietnamesePlaceWord(w) && japan.countryAt(w).isEmpty() && !w.equals("Nhat")
                && !w.equals("Japan");
    }

    private static boolean personStarts(List<Token> name, int i) {
        if (i + 1 >= name.size()) {
            return false;
        }
        Token family = name.get(i);
        Token given = name.get(i + 1);
        NameParts parts = NameParts.get();
        return family.capitalised() && given.capitalised() && Romaji.is(family.text()) && Romaji.is(given.text())
                && given.start() - family.end() == 1 && parts.surnameScore(family.text(), Map.of()) > 0
                && parts.givenScore(given.text(), Map.of()) > 0;
    }

    /** True when a romanised word stands next to it: "Toyota Akio" is a person, not the company. */
    private static boolean personNext(List<Token> tokens, Token t) {
        int i = tokens.indexOf(t);
        boolean next = i + 1 < tokens.size() && tokens.get(i + 1).start() - t.end() == 1
                && tokens.get(i + 1).capitalised() && Romaji.is(tokens.get(i + 1).text());
        boolean previous = i > 0 && t.start() - tokens.get(i - 1).end() == 1 && tokens.get(i - 1).capitalised()
                && Romaji.is(tokens.get(i - 1).text());
        return next || previous;
    }

    void organisations(Sentence s, List<Raw> raw) {
        for (Matcher b = MINISTRY.matcher(s.text()); b.find(); ) {
            if (!b.group(1).contains(",")) {
                continue; // without a list of fields ORGANISATION below reads it
            }
            String name = ("Bộ " + b.group(1) + " Nhật Bản").replaceAll("\\s+", " ");
            Optional<Partner> known = partners.resolve(name).or(() -> b.group(2) == null ? Optional.empty()
                    : partners.resolve(b.group(2)));
            raw.add(new Raw(s.index(), b.start(), b.end(), known.map(PartnerFinder::known)
                    .orElseGet(() -> PartnerFinder.fresh(PartnerKind.AGENCY, name, b.group(2), null, null, b.group(2))), 1, 6));
        }
        Matcher m = ORGANISATION.matcher(s.text());
        int from = 0;
        while (from < s.text().length() && m.find(from)) {
            // A name does not run over a clause ("Hiệp hội … ở tỉnh X và cho biết với tư cách Chủ tịch Hiệp hội …
            // Nhật Bản"): look again from the next word, where a shorter name may start.
            if (CLAUSE_IN_NAME.matcher(m.group(2)).find()) {
                from = m.start() + 1;
                continue;
            }
            from = m.end();
            String phrase = s.text().substring(m.start(), m.end(2)) + " Nhật Bản" + (m.group(3) == null ? "" : m.group(3));
            Optional<Partner> known = partners.resolve(phrase);
            if (known.isEmpty() && m.group(3) != null) {
                // "Cơ quan Hợp tác Quốc tế Nhật Bản tại Việt Nam": a known body's office in a place is that body.
                known = partners.resolve(s.text().substring(m.start(), m.end(2)) + " Nhật Bản");
            }
            if (known.isEmpty() && m.group(4) != null) {
                known = partners.resolve(m.group(4));
            }
            Candidate spec;
            if (known.isPresent()) {
                spec = PartnerFinder.known(known.get());
            } else {
                String head = Text.key(m.group(1));
                // A festival's organising committee ("Ban Tổ chức Lễ hội …") is a body of people, like an association.
                PartnerKind kind = head.startsWith("hiep hoi") || head.startsWith("phong") || head.startsWith("lien doan")
                        || head.equals("ban") ? PartnerKind.ASSOCIATION : PartnerKind.AGENCY;
                String name = phrase.replaceAll("\\s+", " ").strip();
                spec = PartnerFinder.fresh(kind, name, m.group(4), null, null, m.group(4));
            }
            raw.add(new Raw(s.index(), m.start(), m.end(), spec, 1, 6));
        }
    }

    /**
     * "Liên đoàn Kinh tế Kansai (Kankeiren)", "Hiệp hội Doanh nghiệp tỉnh Aichi": a body whose name ends with a
     * Japanese place is Japanese, though the text does not say "Nhật Bản".
     */
    void placeBodies(Sentence s, List<Token> tokens, List<Raw> raw) {
        Matcher m = PLACE_BODY.matcher(s.text());
        while (m.find()) {
            List<Token> name = nameAfter(s.text(), tokens, m.end(), 8);
            int last = -1;
            boolean foundation = Text.key(m.group(1)).equals("quy");
            for (int i = 0; i < name.size(); i++) {
                String w = name.get(i).text();
                boolean nameEnds = i + 1 == name.size() || !Romaji.is(name.get(i + 1).text());
                if (name.get(i).capitalised() && Romaji.is(w) && !japan.isVietnamesePlaceWord(w)
                        && (japan.prefecture(w).isPresent() || japan.isRegion(w)
                        || japan.municipality(w, null).filter(IngestData.Municipality::designated).isPresent()
                        // "Quỹ Hòa bình Sasakawa": a foundation named after its Japanese founder.
                        || foundation && nameEnds && NameParts.get().surnameScore(w, Map.of()) > 0)) {
                    last = i;
                }
            }
            if (last < 0) {
                continue;
            }
            int end = name.get(last).end();
            String after = s.text().substring(end);
            String country = japan.countryAt(after).orElse(null);
            Matcher acronym = Pattern.compile("^\\s*\\(([A-Z][A-Za-z]{2,12})\\)").matcher(after);
            String alias = null;
            if (acronym.find()) {
                alias = acronym.group(1);
                end += acronym.end();
            }
            String vi = s.text().substring(m.start(), name.get(last).end()).replaceAll("\\s+", " ");
            String head = Text.key(m.group(1));
            if (head.startsWith("doan")) {
                // "Đoàn Doanh nghiệp tỉnh Saitama": the place's companies travelling together, whoever leads them.
                String place = name.get(last).text();
                raw.add(new Raw(s.index(), m.start(), end, PartnerFinder.fresh(PartnerKind.COMPANY,
                        "Đoàn doanh nghiệp " + s.text().substring(name.get(0).start(), name.get(last).end())
                                .replaceAll("\\s+", " "), place + " business delegation",
                        japan.prefecture(place).map(Prefecture::code).orElse(null), country, place), 1, 6));
                continue;
            }
            PartnerKind kind = head.startsWith("hiep hoi") || head.startsWith("lien doan") || head.startsWith("phong")
                    || head.startsWith("cau lac bo") || head.equals("hoi") ? PartnerKind.ASSOCIATION : PartnerKind.AGENCY;
            raw.add(new Raw(s.index(), m.start(), end, PartnerFinder.fresh(kind, vi, alias, null, country, alias), 1, 6));
        }
    }

    /** Every name and alias of a partner in the store that is specific enough to find on its own. */
    void knownAliases(Sentence s, List<Raw> raw) {
        for (Partner p : partners.partners()) {
            if (p.kind() == PartnerKind.PREFECTURE || p.kind() == PartnerKind.MUNICIPALITY) {
                continue;
            }
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.nameVi());
            names.add(p.nameEn());
            for (String n : names) {
                if (n == null || n.length() < 3) {
                    continue;
                }
                boolean acronym = n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().allMatch(Character::isLetter);
                if (acronym) {
                    Matcher a = ACRONYM.matcher(s.text());
                    while (a.find()) {
                        if (a.group(1).equals(n)) {
                            raw.add(new Raw(s.index(), a.start(), a.end(), PartnerFinder.known(p), 1, 3));
                        }
                    }
                } else if (n.length() >= 8 && !Text.hasCjk(n)) {
                    for (int at : Tokens.find(s.folded(), Text.fold(n))) {
                        raw.add(new Raw(s.index(), at, at + n.length(), PartnerFinder.known(p), 1, 6));
                    }
                }
            }
        }
        // "Jetro", "Jica": the agencies' acronyms written as words.
        for (Token t : Tokens.of(s.text())) {
            if (t.text().length() >= 4 && t.capitalised() && !t.allCaps()) {
                String upper = t.text().toUpperCase(Locale.ROOT);
                for (Partner p : partners.partners()) {
                    if (p.kind() == PartnerKind.AGENCY && p.aliases().contains(upper)) {
                        raw.add(new Raw(s.index(), t.start(), t.end(), PartnerFinder.known(p), 1, 3));
                    }
                }
            }
        }
    }

    /** The words after an organisation's head word, up to punctuation or a word that ends a name. */
    private static List<Token> nameAfter(String text, List<Token> tokens, int from, int max) {
        List<Token> out = new ArrayList<>();
        int i = Tokens.indexAt(tokens, from);
        int previousEnd = from;
        while (i < tokens.size() && out.size() < max) {
            Token t = tokens.get(i);
            String gap = text.substring(previousEnd, t.start());
            if (!gap.isBlank() && !gap.strip().equals("-") && !gap.strip().equals("&")) {
                break;
            }
            if (NAME_STOPS.contains(t.text().toLowerCase(Locale.ROOT)) && !out.isEmpty()) {
                break;
            }
            out.add(t);
            previousEnd = t.end();
            i++;
        }
        return out;
    }
}
