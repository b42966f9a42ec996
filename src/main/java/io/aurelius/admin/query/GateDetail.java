package io.aurelius.admin.query;

import java.time.LocalDateTime;

/**
 * One gate result with its results JSON as stored (the gates screen).
 *
 * @param resultsJson the results as stored, or null when longer than the reader's limit
 * @param resultsChars the length of the stored results text
 */
public record GateDetail(String id, String gateType, boolean passed, Boolean productionReady, String recommendation,
                         LocalDateTime timestamp, String resultsJson, long resultsChars) {
}
