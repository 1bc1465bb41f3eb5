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
                throw new StoreException(StoreException.Problem.APPLICATION_MISSING, null, RESOURCE);
            }
            return ArchiveJson.read(in, "demo data");
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.APPLICATION_INCOMPLETE, e, RESOURCE, TempFiles.reason(e));
        }
    }

    /** The ids of the demo data's meetings: what makes a meeting a sample, with its "demo" review mark. */
    public static java.util.Set<String> meetingIds() {
        return MeetingIds.IDS;
    }

    /** Read once, on first use (the demo file is part of the application and never changes while it runs). */
    private static final class MeetingIds {
        static final java.util.Set<String> IDS = java.util.Set.copyOf(
                archive().meetings().stream().map(m -> m.id()).toList());
    }

    static void load(Store store) {
        new ArchiveService(store).importArchive(archive());
    }
}
