package vn.protocolbrief.store;

/** The schema version this build writes: the highest V###__ migration (a test keeps the two equal). */
public final class Schema {
    public static final int LATEST_VERSION = 18;

    private Schema() {
    }
}
