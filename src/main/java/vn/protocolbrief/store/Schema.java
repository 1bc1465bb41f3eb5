package vn.protocolbrief.store;

/** The schema version this build writes: the highest V###__ migration (a test keeps the two equal). */
public final class Schema {
    public static final int LATEST_VERSION = 28;
    /** Versions no migration has (012 was never used). */
    static final java.util.Set<Integer> UNUSED_VERSIONS = java.util.Set.of(12);

    /** The versions below {@code highest} a store lacks: an early build's, made before they existed. */
    static java.util.List<Integer> missing(java.util.Set<Integer> applied, int highest) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int v = 1; v < highest; v++) {
            if (!applied.contains(v) && !UNUSED_VERSIONS.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private Schema() {
    }
}
