package vn.protocolbrief.ui.common;

import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;

/**
 * Builds the searchable province and partner pickers every screen uses, over the same lists: a province
 * is found by its 2025 name or any predecessor, a partner by its Vietnamese, English or Japanese name or an alias.
 */
public final class Pickers {
    private final ObservableList<Province> provinces;
    private final ObservableList<Partner> partners;
    private final Messages m;

    private final java.util.function.Function<String, java.util.Optional<Province>> provinceResolver;
    private final java.util.function.Function<String, java.util.Optional<Partner>> partnerResolver;

    /** The resolvers are the command line's: whatever name resolves there is offered here too. */
    public Pickers(ObservableList<Province> provinces, ObservableList<Partner> partners, Messages messages,
                   java.util.function.Function<String, java.util.Optional<Province>> provinceResolver,
                   java.util.function.Function<String, java.util.Optional<Partner>> partnerResolver) {
        this.provinces = provinces;
        this.partners = partners;
        this.m = messages;
        this.provinceResolver = provinceResolver;
        this.partnerResolver = partnerResolver;
    }

    public SearchPicker<Province> province() {
        SearchPicker<Province> picker = new SearchPicker<>(provinces, Pickers::provinceLabel,
                p -> p.nameVi() + " | " + p.nameEn() + " | " + String.join(" | ", p.predecessors()));
        picker.setPromptText(m.get("picker.prompt"));
        picker.setPrefWidth(280);
        picker.setResolver(provinceResolver);
        return picker;
    }

    public SearchPicker<Partner> partner() {
        SearchPicker<Partner> picker = new SearchPicker<>(partners, p -> p.name(m.lang()),
                p -> p.name("vi") + " | " + p.nameEn() + " | " + (p.nameJa() == null ? "" : p.nameJa()) + " | "
                        + String.join(" | ", p.aliases()));
        picker.setPromptText(m.get("picker.prompt"));
        picker.setPrefWidth(290);
        picker.setResolver(partnerResolver);
        return picker;
    }

    /** Partners as the lists show them: embassy first, then by kind, then by name in that language. */
    public static java.util.Comparator<Partner> partnerOrder(String lang) {
        return java.util.Comparator.comparing((Partner p) -> p.kind().ordinal())
                .thenComparing(p -> vn.protocolbrief.domain.Text.key(p.name(lang)));
    }

    /** "Gia Lai — Bình Định": a unit with the older units merged into it. */
    public static String provinceLabel(Province p) {
        var older = p.predecessors().stream().filter(o -> !o.equals(p.nameVi())).toList();
        return older.isEmpty() ? p.nameVi() : p.nameVi() + " — " + String.join(", ", older);
    }
}
