package vn.protocolbrief.domain;

/** What was given, by whom, to whom. Giver and receiver are persons when known, else text. */
public record Gift(String id, String item, Direction direction, String giverPersonId, String giverText,
                   String receiverPersonId, String receiverText, String sourceId) {
}
