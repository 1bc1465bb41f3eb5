package vn.protocolbrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.protocolbrief.domain.JapaneseReading;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Text;

/**
 * Names, posts and forms of address as a pack prints them: the post in the pack's language, the form a leader
 * uses to address a Japanese guest ("Ngài Đại sứ I-tô Na-ô-ki"; "H.E. ITO Naoki", "Governor SUZUKI Naomichi"),
 * and the reading of a Japanese name.
 */
final class Addressing {
    private final String lang;
    private final BriefData data = BriefData.get();

    Addressing(String lang) {
        this.lang = lang;
    }

    /** A post in the pack's language; {@code original} when it stays the Vietnamese original. */
    record Titled(String text, boolean original) {
    }

    Titled title(String vi) {
        if (vi == null) {
            return new Titled(null, false);
        }
        if (!"en".equals(lang)) {
            return new Titled(vi, false);
        }
        String en = english(vi);
        if (en != null) {
            return new Titled(en, false);
        }
        // A post is said whole: in English with the partner's English name, or the Vietnamese once, marked (rd13:
        // "Consul-General [VI] Nhật Bản tại thành phố Hồ Chí Minh" split one post into two languages).
        String withPartner = PartnerPosts.english(this, vi, partners);
        return withPartner == null ? new Titled(vi, true) : new Titled(withPartner, false);
    }

    /** The partners whose English names a post may end with ("Hiệu trưởng trường Đại học X" → "President, X University"). */
    private java.util.Collection<vn.protocolbrief.domain.Partner> partners = List.of();

    /** This addressing knowing the partners' names, for posts that end with one. */
    Addressing knowing(java.util.Collection<vn.protocolbrief.domain.Partner> known) {
        this.partners = known == null ? List.of() : List.copyOf(known);
        return this;
    }

    /**
     * A post of a person whose courtesy title the records give: in English "Chair" becomes "Chairman" for Ông and
     * "Chairwoman" for Bà; otherwise the vocabulary's neutral "Chair" / "Vice-Chair" stands (a sex is never guessed).
     */
    Titled title(String vi, String honorific) {
        Titled t = title(vi);
        return t.original() || t.text() == null || !"en".equals(lang) ? t : new Titled(gendered(t.text(), honorific),
                false);
    }

    /** "Vice-Chair of …" as the records' courtesy title says: "Vice-Chairman", "Vice-Chairwoman", or as it is. */
    static String gendered(String en, String honorific) {
        String word = honorific == null ? null : switch (Text.fold(honorific.strip())) {
            case "ong" -> "Chairman";
            case "ba" -> "Chairwoman";
            default -> null;
        };
        return word == null || en == null ? en : en.replaceAll("\\bChair\\b", word);
    }

    /**
     * The English of a Vietnamese post or body, or null when any piece of it is not known. A chain of posts ("Phó Bí
     * thư Tỉnh uỷ, Chủ tịch UBND tỉnh") is translated piece by piece, in the spelling the vocabulary uses
     * ({@link Localities#written}: "TPHCM", "Ủy ban nhân dân", "uỷ").
     */
    String english(String vi) {
        List<String> out = new ArrayList<>();
        String[] pieces = Localities.written(vi).split("\\s*,\\s*|\\s+kiêm\\s+");
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].isBlank()) {
                continue;
            }
            // A body whose name holds a comma ("Sở Văn hóa, Thể thao và Du lịch") is one piece with the next.
            String joined = i + 1 < pieces.length ? piece(pieces[i].strip() + ", " + pieces[i + 1].strip()) : null;
            String en = joined != null ? joined : piece(pieces[i].strip());
            if (en == null) {
                return null;
            }
            i += joined != null ? 1 : 0;
            out.add(en);
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private String piece(String vi) {
        for (BriefData.Post p : data.posts) {
            Matcher m = p.vi().matcher(vi);
            if (m.matches()) {
                String en = p.en();
                if (en.contains("{X}")) {
                    en = en.replace("{X}", Labels.plain(m.group("X")));
                }
                if (en.contains("{Y}")) {
                    en = en.replace("{Y}", m.group("Y").replace(" - ", "–").replace("-", "–").replace(" ", ""));
                }
                return en;
            }
        }
        return null;
    }

    /** The reading of a Japanese person's name in protocol order, or null (Vietnamese, or not romaji). */
    static String reading(Person p) {
        if (p == null || p.nationality() != Nationality.JP) {
            return null;
        }
        return JapaneseReading.of(p.familyName() + (p.givenName() == null ? "" : " " + p.givenName()));
    }

    /**
     * The full form of address of a Japanese guest: in Vietnamese the form and the reading ("Ngài Đại sứ I-tô
     * Na-ô-ki"), in English the honorific or title and the name ("H.E. ITO Naoki", "Mayor HAYAKAWA Naohide").
     * A person of our side is addressed as {@link #ours} says.
     */
    String address(Person p, String name, String titleVi, boolean japanese, String reading) {
        if (!japanese) {
            return ours(p == null ? null : p.honorific(), name, titleVi);
        }
        BriefData.Address form = form(titleVi);
        String honorific = p == null ? null : p.honorific();
        if ("en".equals(lang)) {
            if (form != null && form.excellency()) {
                return EXCELLENCY + name;
            }
            // An English document puts the post's title before the name whatever the rank ("Chief Representative
            // SUGANO Yuichi", "Adviser TAKEBE Tsutomu"); rank decides only the Vietnamese "Ngài".
            if (form != null && !form.enTitle().isEmpty()) {
                return form.enTitle() + " " + name;
            }
            String mr = mister(honorific);
            return mr == null ? name : mr + " " + name;
        }
        String spoken = reading != null ? reading : name;
        if (form != null && form.high()) {
            return form.vi() + " " + spoken;
        }
        // Below the head of a body: Ông / Bà / Cô as the records say, with the post's word; never a guessed gender.
        String post = form == null ? "" : withoutNgai(form.vi()) + " ";
        String h = courtesy(honorific);
        return (h == null ? post : h + " " + post) + spoken;
    }

    /**
     * A form of address as said aloud: in English "H.E." is read "His Excellency"; the abbreviation stays where the
     * form is written (tables, the cover).
     */
    static String spoken(String address) {
        return address != null && address.startsWith(EXCELLENCY) ? "His Excellency " + address.substring(EXCELLENCY.length())
                : address;
    }

    private static final String EXCELLENCY = "H.E. ";

    /**
     * A person of our side, never left blank in the delegation table: Ông / Bà / Cô when the records say so (the
     * importer keeps the article's word). Otherwise "Đồng chí", the form the records give our officials when an
     * article names none (and the one Vietnamese administrative writing uses for them), which says nothing of
     * gender. In English: Mr / Ms when known, else the post's head as a title ("Vice-Chair"), else the name alone,
     * as an English pack names a Japanese guest of no rank. Never "Ngài": our leaders do not call each other so.
     */
    String ours(String honorific, String name, String titleVi) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if ("en".equals(lang)) {
            String plain = Labels.plain(name);
            String mr = mister(honorific);
            if (mr != null) {
                return mr + " " + plain;
            }
            // The post the person holds in their own right before a deputy Party post held beside it ("Phó Bí thư
            // Tỉnh ủy, Chủ tịch UBND tỉnh" is received as the Chair).
            String[] pieces = titleVi == null ? new String[0] : Text.nfc(titleVi).split("\\s*,\\s*");
            for (boolean deputyParty : new boolean[] {false, true}) {
                for (String piece : pieces) {
                    BriefData.Address form = form(piece);
                    if (form != null && !form.enTitle().isEmpty()
                            && Text.fold(piece).startsWith("pho bi thu") == deputyParty) {
                        return form.enTitle() + " " + plain;
                    }
                }
            }
            return plain;
        }
        String h = courtesy(honorific);
        return (h != null ? h : "Đồng chí") + " " + name;
    }

    /** "Ông", "Bà", "Cô" when the records give one; null otherwise. */
    private static String courtesy(String honorific) {
        if (honorific == null) {
            return null;
        }
        return switch (Text.fold(honorific.strip())) {
            case "ong", "ba", "co" -> capitalised(honorific.strip());
            default -> null;
        };
    }

    private static String withoutNgai(String form) {
        return form.startsWith("Ngài ") ? form.substring(5) : form;
    }

    /** How a sentence of a speech names the guest: "Ngài Đại sứ", "Ngài Thị trưởng"; "Your Excellency", "Mayor". */
    String inSpeech(Person p, String titleVi) {
        BriefData.Address form = form(titleVi);
        if ("en".equals(lang)) {
            if (form != null && form.excellency()) {
                return "Your Excellency";
            }
            if (form != null && !form.enTitle().isEmpty()) {
                // With no record of the person, "the Chief Representative" (never a title standing alone).
                return p == null ? "the " + form.enTitle()
                        : form.enTitle() + " " + p.familyName().toUpperCase(java.util.Locale.ROOT);
            }
            String mr = mister(p == null ? null : p.honorific());
            return (mr == null ? "" : mr + " ") + (p == null ? "" : p.familyName().toUpperCase(java.util.Locale.ROOT));
        }
        if (form != null && form.high()) {
            return form.vi();
        }
        String h = courtesy(p == null ? null : p.honorific());
        if (h != null) {
            return h + (form == null ? "" : " " + withoutNgai(form.vi()));
        }
        return form == null ? "Ngài" : withoutNgai(form.vi());
    }

    private BriefData.Address form(String titleVi) {
        if (titleVi == null) {
            return null;
        }
        String t = Text.fold(titleVi.strip());
        for (BriefData.Address a : data.addresses) {
            if (t.equals(a.match()) || t.startsWith(a.match() + " ") || t.startsWith(a.match() + ",")) {
                return a;
            }
        }
        return null;
    }

    private static String mister(String honorific) {
        if (honorific == null) {
            return null;
        }
        return switch (Text.fold(honorific)) {
            case "ong" -> "Mr";
            case "ba" -> "Ms";
            default -> null;
        };
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
