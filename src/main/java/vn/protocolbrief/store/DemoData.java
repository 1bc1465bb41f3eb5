package vn.protocolbrief.store;

import java.io.IOException;
import java.io.InputStream;
import vn.protocolbrief.domain.Archive;

/** The five founding meetings, curated from real news reports, shipped as an export file. */
public final class DemoData {
    static final String RESOURCE = "/assets/demo/demo-store.json";

    private DemoData() {
    }

    public static Archive archive() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StoreException("The demo data is missing from the application.");
            }
            return ArchiveJson.read(in, "demo data");
        } catch (IOException e) {
            throw new StoreException("Cannot read the demo data: " + e.getMessage(), e);
        }
    }

    static void load(Store store) {
        new ArchiveService(store).importArchive(archive());
    }
}
