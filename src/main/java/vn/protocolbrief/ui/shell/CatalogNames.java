package vn.protocolbrief.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.ui.common.Messages;

/**
 * The names the window looks things up by, as last read from the store's catalog: the request categories (for the
 * filter) and the provinces and partners a typed name resolves to (for the pickers).
 */
public final class CatalogNames {
    private final Messages messages;
    private final ObservableList<RequestCategory> categories = FXCollections.observableArrayList();
    private volatile ProvinceResolver provinceResolver;
    private volatile PartnerResolver partnerResolver;

    CatalogNames(Messages messages) {
        this.messages = messages;
    }

    /** The request categories, in their order, for the filter (filled by {@link MainViewModel#load()}). */
    public ObservableList<RequestCategory> categories() {
        return categories;
    }

    public String categoryLabel(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).map(c -> c.label(messages.lang())).findFirst().orElse(id);
    }

    /** A province as the command line resolves a name to it (old names, "TP …", "tỉnh … cũ"); empty until loaded. */
    public Optional<Province> resolveProvince(String text) {
        var r = provinceResolver;
        return r == null ? Optional.empty() : r.resolve(text).map(ProvinceResolver.Match::province);
    }

    /** A partner as the command line resolves a name to it; empty until loaded. */
    public Optional<Partner> resolvePartner(String text) {
        var r = partnerResolver;
        return r == null ? Optional.empty() : r.resolve(text);
    }

    /** Off the FX thread: the catalog's provinces, kept to resolve names by. */
    List<Province> readProvinces(Catalog catalog) {
        provinceResolver = catalog.provinces();
        return provinceResolver.provinces();
    }

    /** Off the FX thread: the catalog's partners (an import or another officer may have added one), kept likewise. */
    List<Partner> readPartners(Catalog catalog) {
        partnerResolver = catalog.partners();
        return partnerResolver.partners();
    }
}
