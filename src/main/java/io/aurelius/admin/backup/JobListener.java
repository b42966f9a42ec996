package io.aurelius.admin.backup;

/**
 * Receives a job's live log and progress. Called on the job's own threads: a UI hands them to its toolkit
 * thread (Platform.runLater), the command line prints them.
 */
public interface JobListener {

    JobListener NONE = new JobListener() {
    };

    /** One line the tool wrote (never holds the password: the tools never receive it as text). */
    default void line(String line) {
    }

    /** At least every half second while the job runs, and once at the end. */
    default void progress(Progress progress) {
    }
}
