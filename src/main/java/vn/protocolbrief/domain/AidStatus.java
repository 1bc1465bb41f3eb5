package vn.protocolbrief.domain;

/** The life of an aid project. */
public enum AidStatus {
    PROPOSED, APPROVED, IN_PROGRESS, COMPLETED, CANCELLED
}
