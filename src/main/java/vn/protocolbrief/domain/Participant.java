package vn.protocolbrief.domain;

/** A person at a meeting, with the title the source gave them on that day. */
public record Participant(String personId, Side side, ParticipantRole role, String title) {
}
