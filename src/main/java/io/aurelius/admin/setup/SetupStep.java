package io.aurelius.admin.setup;

/** One step of the first-run setup and how it went, in words. */
public record SetupStep(String name, Outcome outcome, String detail) {

    public enum Outcome {
        DONE, ALREADY_DONE, FAILED
    }

    @Override
    public String toString() {
        String mark = switch (outcome) {
            case DONE -> "done";
            case ALREADY_DONE -> "already done";
            case FAILED -> "FAILED";
        };
        return name + ": " + mark + (detail == null || detail.isEmpty() ? "" : " - " + detail);
    }
}
