package vn.protocolbrief.ingest;

/** An article that cannot be read or holds no meeting: a one-line reason, and nothing was saved. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
