package vn.protocolbrief.brief;

import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.store.Reads;

/**
 * A partner the article importer created (its row's note says so) that no reviewed meeting names: its name is as
 * unchecked as any fact of the import, so the pack marks it ◇ (rd11: a partner's name from an unreviewed import was
 * printed unmarked, even with --reviewed-only).
 */
final class ImportedPartner {
    /** The note the importer writes on a partner it creates (ImportService.newPartner). */
    static final String IMPORTER_NOTE = "Added by the article importer";

    private ImportedPartner() {
    }

    static boolean unreviewed(Reads h, Partner partner) {
        return partner != null && partner.note() != null && partner.note().startsWith(IMPORTER_NOTE)
                && h.reviewedOnly().meetingsWithPartner(partner.id()).isEmpty();
    }
}
