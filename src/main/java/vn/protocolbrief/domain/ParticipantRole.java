package vn.protocolbrief.domain;

/** Role at a meeting: the delegation's leader and members; the Vietnamese host and attendees. */
public enum ParticipantRole {
    LEADER, MEMBER, HOST, ATTENDEE
}
