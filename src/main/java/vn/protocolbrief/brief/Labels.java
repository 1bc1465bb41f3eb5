package vn.protocolbrief.brief;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.PartialDate;

/** The pack's words in one language; records stay as they were written. */
public final class Labels {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final String lang;
    /** The officer's English renderings of record text, by {@link EnglishRendering#key} of the Vietnamese. */
    private final java.util.Map<String, String> english;

    public Labels(String lang) {
        this(lang, java.util.Map.of());
    }

    /** A pack's words, with the English renderings of its records (used in an English pack only). */
    public Labels(String lang, java.util.Map<String, String> english) {
        this.lang = lang;
        this.english = english == null ? java.util.Map.of() : java.util.Map.copyOf(english);
        this.locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        // Properties bundles are read as UTF-8 since Java 9; the root bundle is Vietnamese.
        this.bundle = ResourceBundle.getBundle("vn.protocolbrief.brief.labels", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String lang() {
        return lang;
    }

    /**
     * A partner's name as it stands inside an English sentence: "the Embassy of Japan in Viet Nam", "the Japan
     * Foundation"; "JICA", "Ashikaga City" as they are. Vietnamese names are unchanged.
     */
    public String inSentence(String name) {
        if (name == null) {
            return null;
        }
        if (!"en".equals(lang)) {
            // "Đoàn tỉnh Hokkaido", "Đoàn thành phố Ashikaga": the kind of place is not a name.
            return name.matches("(Tỉnh|Thành phố|Thị trấn) .*") ? Character.toLowerCase(name.charAt(0))
                    + name.substring(1) : name;
        }
        if (untranslated(name)) {
            // A partner with no English name on record: a neutral word in the sentence, never Vietnamese inside it.
            return get("partner.unnamed");
        }
        return name.matches("(Embassy|Consulate|Consulate-General|Japan|Japanese|Council|Association|Federation|Alliance) .*")
                ? "the " + name : name;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A label; every label is a MessageFormat pattern, so its apostrophes are written '' and printed once. */
    public String get(String key) {
        return format(key);
    }

    /** "tính đến 11/2023" beside a post read too long ago; "chưa rõ thời điểm hồ sơ" when its record has no date. */
    public String asOf(PartialDate d) {
        return d.known() ? format("post.asOf", d.display()) : get("post.asOf.undated");
    }

    public String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing label '" + key + "' for " + lang, e);
        }
        // Numbers as written ("2025", not "2.025"): arguments are passed as text.
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, locale).format(text);
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /**
     * A date as this pack writes it, at its precision: 03/12/2026, tháng 12/2026, năm 2026 in Vietnamese;
     * 3 December 2026, December 2026, 2026 in English (never 03/12/2026, which an English reader takes for March).
     * Unknown dates say so.
     */
    public String date(PartialDate d) {
        if (d == null || !d.known()) {
            return get("date.unknown");
        }
        String iso = d.iso();
        if ("en".equals(lang)) {
            return switch (d.precision()) {
                case DAY -> Integer.parseInt(iso.substring(8, 10)) + " " + MONTHS[Integer.parseInt(iso.substring(5, 7)) - 1]
                        + " " + iso.substring(0, 4);
                case MONTH -> MONTHS[Integer.parseInt(iso.substring(5, 7)) - 1] + " " + iso.substring(0, 4);
                default -> iso;
            };
        }
        return switch (d.precision()) {
            case DAY -> d.display();
            case MONTH -> "tháng " + d.display();
            default -> "năm " + iso;
        };
    }

    /** A date without the words around it ("12/2026", "2026"), for table cells. */
    /** When the pack was made ("2026-11-22 10:00" in the model) as the pack writes a day: "22/11/2026 10:00". */
    public String madeOn(String generatedAt) {
        if (generatedAt == null || generatedAt.length() < 16) {
            return generatedAt == null ? "" : generatedAt;
        }
        return date(PartialDate.of(generatedAt.substring(0, 10))) + " " + generatedAt.substring(11, 16);
    }

    /** A date in a table's date column: a dash when unknown, never words where a reader looks for a date. */
    public String dateCell(PartialDate d) {
        return d == null || !d.known() ? "—" : shortDate(d);
    }

    /**
     * A line that a date opens ("12/2026 · Hà Nội"): when the date is unknown the line is said without it and without
     * the separator it would have left at the start, never with "chưa rõ ngày" standing in for it.
     */
    public String openedBy(PartialDate d, String separator, String rest) {
        if (d != null && d.known()) {
            return date(d) + rest;
        }
        return rest.startsWith(separator) ? rest.substring(separator.length()) : rest;
    }

    /** " (3 December 2026)" after a thing in a sentence; nothing at all when the date is unknown. */
    public String inBrackets(PartialDate d) {
        return d == null || !d.known() ? "" : " (" + shortDate(d) + ")";
    }

    public String shortDate(PartialDate d) {
        if (d == null || !d.known()) {
            return get("date.unknown.short");
        }
        return "en".equals(lang) ? date(d) : d.display();
    }

    /**
     * Text of a record in a sentence of the pack: as written in a Vietnamese pack; in an English pack marked as the
     * Vietnamese original ("[VI] …") unless the officer gave the record an English rendering, which is then used.
     */
    public String record(String text) {
        if (text == null) {
            return null;
        }
        String en = english(text);
        if (en != null) {
            return en;
        }
        if (stale(text)) {
            // The officer's English was written for Vietnamese since edited: the original, and what to do about it.
            return get("original.mark") + " " + text + " " + get("original.stale");
        }
        return "en".equals(lang) ? get("original.mark") + " " + text : text;
    }

    /** True when this text's English rendering was written for other Vietnamese (the record was edited after). */
    public boolean stale(String text) {
        return "en".equals(lang) && text != null
                && EnglishRendering.STALE.equals(english.get(EnglishRendering.key(text)));
    }

    /** True when this record text is printed as the Vietnamese original: an English pack, and no rendering. */
    public boolean original(String text) {
        return "en".equals(lang) && text != null && !text.isBlank() && english(text) == null;
    }

    /** The officer's English rendering of a record text, in an English pack; null when there is none. */
    public String english(String text) {
        String en = "en".equals(lang) && text != null ? english.get(EnglishRendering.key(text)) : null;
        return EnglishRendering.STALE.equals(en) ? null : en;
    }

    /**
     * English for record words the application itself offers (the kinds of link between localities, picked from a
     * list in the window) and the bodies and posts the vocabulary knows whole: by {@link EnglishRendering#key} of the Vietnamese, with the officer's renderings put over
     * them. The kinds are the label keys "linkkind.*" of both bundles.
     */
    static java.util.Map<String, String> withKnownWords(java.util.Map<String, String> renderings) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle vi = ResourceBundle.getBundle("vn.protocolbrief.brief.labels", Locale.forLanguageTag("vi"), control);
        ResourceBundle en = ResourceBundle.getBundle("vn.protocolbrief.brief.labels", Locale.ENGLISH, control);
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String key : vi.keySet()) {
            if ((key.startsWith("linkkind.") || key.startsWith("giftword.")) && en.containsKey(key)) {
                out.put(EnglishRendering.key(vi.getString(key)), en.getString(key));
            }
        }
        // A body or post a record names in words the vocabulary knows whole ("Chính phủ Nhật Bản" as a donor).
        BriefData.get().namedBodies.forEach((vi2, en2) -> out.putIfAbsent(EnglishRendering.key(vi2), en2));
        // A gift recorded in the words of one of the pack's own gift ideas has that idea's English.
        BriefData.get().gifts.forEach(g -> out.putIfAbsent(EnglishRendering.key(g.vi()), g.en()));
        out.putAll(renderings);
        return out;
    }

    /** The labels a model is laid out with: its language and the English renderings of its records. */
    static Labels of(BriefModel model) {
        return new Labels(model.meta().lang(), model.english());
    }

    /**
     * A Vietnamese name (a person, a place as written) in this pack: as written in Vietnamese; in English without
     * diacritics ("Tran Duy Dong", "Phu Tho"), as English documents of Viet Nam write them.
     */
    public String name(String vi) {
        return "en".equals(lang) ? plain(vi) : vi;
    }

    /**
     * A locality as written in a record ("TP Quy Nhơn (tỉnh Bình Định cũ)"): in English with its units in English
     * ("Quy Nhon City (former Binh Dinh Province)"), or the original marked when it is not made of units and names.
     */
    public String locality(String vi) {
        if (vi == null || !"en".equals(lang)) {
            return vi;
        }
        String en = Localities.english(vi);
        return en != null ? en : record(vi);
    }

    /**
     * A name typed on the visit plan (who prepared or approved it): a person's name without diacritics in English;
     * an office's name in English from the phrasebook, else the original marked, never stripped of its accents.
     */
    public String personOrOffice(String vi) {
        if (vi == null || !"en".equals(lang)) {
            return vi;
        }
        // A job title typed for a name ("Giám đốc Sở Ngoại vụ") is a post: in English from the posts, else marked.
        if (Localities.title(vi)) {
            String post = new Addressing("en").english(vi);
            return post != null ? post : visitText(vi);
        }
        return Localities.organisation(vi) ? visitText(vi) : plain(vi);
    }

    /** Letters only Vietnamese writes: a text holding one in an English pack is still the Vietnamese original. */
    private static final java.util.regex.Pattern VIETNAMESE_LETTERS = java.util.regex.Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * True when a text the pack names someone by (a gift's giver or receiver, a place) is still Vietnamese in an
     * English pack: no vocabulary had its English, so it is printed as the original, marked.
     */
    public boolean untranslated(String text) {
        return "en".equals(lang) && text != null && VIETNAMESE_LETTERS.matcher(vn.protocolbrief.domain.Text.nfc(text)).find();
    }

    /**
     * A side of a gift or a meeting named in words, not by a stored person ("UBND tỉnh Hà Nam", "Đoàn công tác tỉnh
     * Shiga", "Lê Văn Hùng"): in English from the vocabulary of posts and bodies ("Ha Nam Provincial People's
     * Committee"); a person's name without diacritics; anything else kept as written, to be printed as the original
     * ({@link #untranslated}), never stripped of its marks.
     */
    String side(String vi, Addressing addressing) {
        if (vi == null || !"en".equals(lang)) {
            return vi;
        }
        String en = addressing.english(vi);
        if (en != null) {
            return en;
        }
        // "Đoàn Hokkaido" is a delegation (đoàn), not a person of the family Đoàn: said as one, never stripped.
        java.util.regex.Matcher d = DELEGATION.matcher(vn.protocolbrief.domain.Text.nfc(vi).strip());
        if (d.matches()) {
            return format("side.delegation", d.group("name"));
        }
        return Localities.personName(vi) && vietnameseSyllables(vi) ? plain(vi) : vi;
    }

    /** "Đoàn (công tác|đại biểu) Hokkaido": a delegation named by a place or body written without Vietnamese marks. */
    private static final java.util.regex.Pattern DELEGATION = java.util.regex.Pattern.compile(
            "(?iu:(?:phái )?đoàn(?: công tác| đại biểu)?)\\s+(?<name>[A-Z][A-Za-z'’ -]*)");
    /** One Vietnamese syllable once its marks are gone: an initial consonant, one to three vowels, a final consonant. */
    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile(
            "(?i)(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?");

    /** True when every word of a name is a Vietnamese syllable ("Doan Van Hau"; not "Hokkaido", "Suzuki Naomichi"). */
    static boolean vietnameseSyllables(String name) {
        return java.util.Arrays.stream(plain(vn.protocolbrief.domain.Text.nfc(name)).strip().split("[\\s-]+"))
                .allMatch(w -> SYLLABLE.matcher(w).matches());
    }

    /**
     * A name or place as the pack prints it: as it is, unless it is still Vietnamese in an English pack, then as the
     * original with its mark ("[VI] tỉnh Hà Nam"); a text already marked is not marked twice. Null is empty.
     */
    public String shown(String text) {
        if (text == null) {
            return "";
        }
        return untranslated(text) && !text.startsWith(get("original.mark") + " ") ? record(text) : text;
    }

    /** {@link #shown} after the pack's words on a line: a marked original starts a line of its own instead. */
    public String shownAfter(String separator, String text) {
        String s = shown(text);
        return s.isEmpty() ? "" : (s.startsWith(get("original.mark") + " ") ? "\n" : separator) + s;
    }

    /** Several names or places in one cell: a comma between them, a line each when one is an original. */
    public String shownAll(java.util.List<String> texts) {
        java.util.List<String> shown = texts.stream().map(this::shown).toList();
        boolean own = shown.stream().anyMatch(x -> x.startsWith(get("original.mark") + " "));
        return String.join(own ? "\n" : ", ", shown);
    }

    /** A text without Vietnamese diacritics, 'đ' as 'd'; case kept. */
    static String plain(String vi) {
        if (vi == null) {
            return null;
        }
        String d = java.text.Normalizer.normalize(vi.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD);
        return java.text.Normalizer.normalize(d.replaceAll("[\\u0300-\\u036f]", ""), java.text.Normalizer.Form.NFC);
    }

    /**
     * A field of the visit plan (venue, purpose, programme item, office): as written in Vietnamese; in English from
     * the phrasebook when every piece of it is known, otherwise the original with its mark ("[VI] …").
     */
    public String visitText(String vi) {
        if (vi == null || !"en".equals(lang)) {
            return vi;
        }
        // The officer's own English of this text comes before any phrase; out of date, the original and a note.
        if (stale(vi)) {
            return record(vi);
        }
        String own = english(vi);
        if (own != null) {
            return own;
        }
        String en = visitPlan.english(vi);
        return en != null ? en : record(vi);
    }

    /** The English of the visit plan's phrases, knowing the reference data's provinces and cities by name. */
    private VisitPlanEnglish visitPlan = new VisitPlanEnglish(java.util.List.of());

    /** This pack's words knowing the reference data's provinces and cities by name. */
    public Labels knowing(java.util.Collection<vn.protocolbrief.domain.Province> provinces) {
        this.visitPlan = new VisitPlanEnglish(provinces == null ? java.util.List.of() : java.util.List.copyOf(provinces));
        return this;
    }

    public String number(java.math.BigDecimal amount) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMaximumFractionDigits(2);
        String s = f.format(amount);
        // Vietnamese groups thousands with dots: 1.260.400 (independent of the runtime's locale data).
        return "en".equals(lang) ? s : s.replace(',', '\u0001').replace('.', ',').replace('\u0001', '.');
    }
}
