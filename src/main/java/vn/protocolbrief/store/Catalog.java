package vn.protocolbrief.store;

import java.util.List;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.domain.RequestCategory;

/** Names to provinces and partners, for the command line and the window alike. */
public final class Catalog {
    private final Store store;
    private final Repositories repos = new Repositories();

    public Catalog(Store store) {
        this.store = store;
    }

    /** A name no province or partner answers to; carries the closest names for "did you mean". */
    public static final class UnknownNameException extends StoreException {
        private final List<String> closest;

        public UnknownNameException(String what, String name, List<String> closest) {
            super("Unknown " + what + " '" + name + "'" + (closest.isEmpty() ? "." : ". Closest: "
                    + String.join(", ", closest) + "."));
            this.closest = List.copyOf(closest);
        }

        public List<String> closest() {
            return closest;
        }
    }

    /** A name several records answer to equally well: refused, naming them, rather than guessed or made anew. */
    public static final class AmbiguousNameException extends StoreException {
        private final String name;
        private final List<String> candidates;

        public AmbiguousNameException(String what, String name, List<String> candidates) {
            super("'" + name + "' names more than one " + what + ": " + String.join(", ", candidates)
                    + ". Give the full name.");
            this.name = name;
            this.candidates = List.copyOf(candidates);
        }

        public String name() {
            return name;
        }

        public List<String> candidates() {
            return candidates;
        }
    }

    public ProvinceResolver provinces() {
        return store.read(repos.reference()::provinceResolver);
    }

    public PartnerResolver partners() {
        return store.read(repos.partners()::resolver);
    }

    public List<RequestCategory> categories() {
        return store.read(repos.reference()::categories);
    }

    public ProvinceResolver.Match province(String name) {
        ProvinceResolver r = provinces();
        return r.resolve(name).orElseThrow(() -> new UnknownNameException("province", name, r.closest(name, 3)));
    }

    public Partner partner(String name) {
        PartnerResolver r = partners();
        return r.resolve(name).orElseThrow(() -> new UnknownNameException("partner", name, r.closest(name, 3)));
    }

    /**
     * A person by name in any order or spelling: "Ito Naoki", "ITO Naoki", "Naoki Ito", "伊藤直樹"; or by the family
     * name alone ("Murai") when one person bears it. A family name several persons bear is refused with their names
     * ({@link AmbiguousNameException}); a name nobody answers to is {@link UnknownNameException}.
     */
    public vn.protocolbrief.domain.Person person(String name) {
        List<vn.protocolbrief.domain.Person> all = store.read(repos.persons()::all);
        String key = vn.protocolbrief.domain.Text.key(name);
        for (var p : all) {
            String given = p.givenName() == null ? "" : " " + p.givenName();
            List<String> forms = new java.util.ArrayList<>(List.of(p.familyName() + given,
                    (p.givenName() == null ? "" : p.givenName() + " ") + p.familyName(), p.id().replace('-', ' ')));
            if (p.kanji() != null) {
                forms.add(p.kanji());
            }
            if (forms.stream().anyMatch(f -> vn.protocolbrief.domain.Text.key(f).equals(key))) {
                return p;
            }
        }
        List<vn.protocolbrief.domain.Person> byFamily = all.stream()
                .filter(p -> vn.protocolbrief.domain.Text.key(p.familyName()).equals(key)).toList();
        if (byFamily.size() == 1) {
            return byFamily.get(0);
        }
        if (byFamily.size() > 1) {
            throw new AmbiguousNameException("person", name.strip(),
                    byFamily.stream().map(vn.protocolbrief.domain.Person::protocolName).toList());
        }
        List<String> closest = all.stream()
                .sorted(java.util.Comparator.comparingInt(p -> vn.protocolbrief.domain.Text.distance(key,
                        vn.protocolbrief.domain.Text.key(p.fullName()))))
                .limit(3).map(vn.protocolbrief.domain.Person::protocolName).toList();
        throw new UnknownNameException("person", name, closest);
    }

    public RequestCategory category(String idOrLabel) {
        List<RequestCategory> all = categories();
        String key = vn.protocolbrief.domain.Text.key(idOrLabel).replace(' ', '_');
        return all.stream()
                .filter(c -> c.id().equals(key) || vn.protocolbrief.domain.Text.key(c.labelVi()).replace(' ', '_').equals(key)
                        || vn.protocolbrief.domain.Text.key(c.labelEn()).replace(' ', '_').equals(key))
                .findFirst()
                .orElseThrow(() -> new UnknownNameException("category", idOrLabel,
                        all.stream().map(RequestCategory::id).toList()));
    }
}
