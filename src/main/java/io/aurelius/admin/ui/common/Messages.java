package io.aurelius.admin.ui.common;

/** Turns an error into the sentence a user reads. */
public final class Messages {

    private Messages() {
    }

    /**
     * The error's own message when it has one: the services' exceptions carry a one-sentence explanation.
     * Unexpected errors get a generic sentence; their details stay one click away and in the log.
     */
    public static String sentence(Throwable error) {
        if (error == null) {
            return "";
        }
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return "Something unexpected went wrong (" + error.getClass().getSimpleName()
                    + "); the details below and the log file say more.";
        }
        return message.strip();
    }
}
