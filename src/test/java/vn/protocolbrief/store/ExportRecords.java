package vn.protocolbrief.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The records of an export file without the store it came from and their versions there: what two stores holding
 * the same records export alike (each store has its own identity and counts its own versions).
 */
public final class ExportRecords {
    private ExportRecords() {
    }

    public static String of(String exportJson) {
        try {
            var mapper = ArchiveJson.mapper();
            ObjectNode tree = (ObjectNode) mapper.readTree(exportJson);
            tree.remove("store");
            tree.remove("versions");
            return mapper.writeValueAsString(tree);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
