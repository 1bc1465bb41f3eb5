package vn.protocolbrief.domain;

/**
 * Role at a meeting, on either side: the head of a delegation ({@code LEADER}: the partner's leader, or on our side
 * the head of our delegation abroad) and its members; the host who receives; a {@code PARTICIPANT} present otherwise.
 * {@code ATTENDEE}: present on our side, role not recorded (rows saved before our side's roles were kept, V028).
 */
public enum ParticipantRole {
    LEADER, MEMBER, HOST, ATTENDEE, PARTICIPANT
}
