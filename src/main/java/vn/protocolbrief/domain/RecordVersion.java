package vn.protocolbrief.domain;

/**
 * Which version of a record an export holds, so that a file edited by hand and imported back does not overwrite a
 * colleague's change made since (issue 20). {@code digest} fingerprints the record's entries as exported: an import
 * tells by it whether the file still holds the record as it was exported (then a newer stored version is kept) or
 * the record was edited in the file (then a newer stored version refuses the import).
 *
 * @param kind    the kind of record as the change log names it: meeting, person, source, partner, agreement, aid,
 *                figure, link, sensitivity, visit
 * @param version the store's version of the record when exported (0: never changed since records were versioned)
 */
public record RecordVersion(String kind, String id, long version, String digest) {
}
