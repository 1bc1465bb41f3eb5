package vn.protocolbrief.store;

/**
 * A save based on an older version of a record than the stored one: someone else changed it since it was read.
 * Nothing was saved; the message says who and when, for the officer to reload and see their version.
 */
public final class StaleEditException extends StoreException {
    private final String changedBy;
    private final String changedAt;

    StaleEditException(String what, ChangeLog.Stamp now) {
        super(what + " was changed by " + (now.changedBy() == null ? "someone else" : now.changedBy())
                + (now.changedAt() == null ? "" : " at " + now.changedAt().replace('T', ' '))
                + " since you opened it; reload to see their version. Nothing was saved.");
        this.changedBy = now.changedBy();
        this.changedAt = now.changedAt();
    }

    public String changedBy() {
        return changedBy;
    }

    public String changedAt() {
        return changedAt;
    }
}
