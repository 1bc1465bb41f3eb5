package vn.protocolbrief.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.protocolbrief.store.Catalog;

/**
 * A list narrowed to a province, a partner or both ({@code @Mixin PairFilter pair}): the names as the officer writes
 * them (old province names, any spelling), resolved to ids; an unknown name is refused as everywhere.
 */
@Command
final class PairFilter {
    @Option(names = "--province", paramLabel = "P")
    String province;

    @Option(names = "--partner", paramLabel = "X")
    String partner;

    /** The province's id, null when none was given. */
    String provinceId(Catalog catalog) {
        return province == null ? null : catalog.province(province).province().id();
    }

    /** The partner's id, null when none was given. */
    String partnerId(Catalog catalog) {
        return partner == null ? null : catalog.partner(partner).id();
    }

    boolean none() {
        return province == null && partner == null;
    }
}
