package vn.protocolbrief.store;

/** The refusal an office's server gives a reader's write, for window tests that have no server. */
public final class Refusals {
    private Refusals() {
    }

    public static RightsRefusedException readerWrite() {
        return new RightsRefusedException(Office.Role.READER.word(), new RuntimeException("permission denied"));
    }
}
