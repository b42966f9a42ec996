package io.aurelius.admin.query;

/** Work stopped because it was asked to ({@link Cancel}); the message says what was left behind. */
public class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException(String message) {
        super(message);
    }
}
