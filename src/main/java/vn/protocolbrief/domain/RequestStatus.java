package vn.protocolbrief.domain;

/** Where a request stands. */
public enum RequestStatus {
    OPEN, IN_PROGRESS, DONE, DECLINED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
