package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PersonRef;
import vn.protocolbrief.ingest.PartnerFinder.Candidate;

/** A Japanese person the article names, all its mentions gathered under one spelling and the highest title. */
final class ArticlePerson {
    final List<JapanesePeople.Found> mentions = new ArrayList<>();
    String family;
    String given;
    String title;
    String address;
    boolean sure;
    boolean deceased;
    boolean syllables;
    Candidate body;
    /** {@link #body} is named inside the person's own title, not guessed from the kind of post. */
    boolean bodyInTitle;
    double score;

    JapanesePeople.Found first() {
        return mentions.get(0);
    }

    static List<ArticlePerson> gather(List<JapanesePeople.Found> found, JapanesePeople japanese) {
        List<ArticlePerson> out = new ArrayList<>();
        for (JapanesePeople.Found f : found) {
            ArticlePerson same = null;
            for (ArticlePerson p : out) {
                if (samePerson(p, f)) {
                    same = p;
                    break;
                }
            }
            if (same == null) {
                same = new ArticlePerson();
                same.family = f.family();
                same.given = f.given();
                out.add(same);
            }
            same.mentions.add(f);
            if (same.address == null) {
                same.address = f.address();
            }
            if (same.given == null && f.given() != null) {
                same.family = f.family();
                same.given = f.given();
            }
            same.sure |= f.sureOrder();
            same.deceased |= f.deceased();
            same.syllables |= f.syllables();
            if (f.sureOrder() && f.given() != null) {
                same.family = f.family();
                same.given = f.given();
            }
            if (f.title() != null && (same.title == null || japanese.rank(f.title()) > japanese.rank(same.title)
                    || japanese.rank(f.title()) == japanese.rank(same.title) && f.title().length() > same.title.length())) {
                same.title = f.title();
            }
        }
        return out;
    }

    /** One person under two spellings ("Hanazumi Hideio", "Hanazumi Hideyo") or in either order. */
    private static boolean samePerson(ArticlePerson p, JapanesePeople.Found f) {
        String a = Romaji.reduce(p.family);
        String x = Romaji.reduce(f.family());
        if (p.given == null || f.given() == null) {
            // "ông Tanaka" is the Tanaka named in full, whichever came first.
            return a.equals(x) || p.given != null && Romaji.reduce(p.given).equals(x);
        }
        String b = Romaji.reduce(p.given);
        String y = Romaji.reduce(f.given());
        return a.equals(x) && Text.distance(b, y) <= 1 || a.equals(y) && b.equals(x)
                || Text.distance(a, x) <= 1 && b.equals(y);
    }

    /** Protocol order, the family name in capitals; a name in Vietnamese syllables as the text writes it. */
    PersonRef ref(String role) {
        String name = given == null ? family.toUpperCase(Locale.ROOT)
                : syllables ? family + " " + given : family.toUpperCase(Locale.ROOT) + " " + given;
        String organisation = TitleParts.organisation(title);
        if (organisation == null && body != null) {
            organisation = body.nameVi;
        }
        return new PersonRef(name, family, given, "jp", title, first().evidence(), null, List.of(), role, organisation,
                address);
    }
}
