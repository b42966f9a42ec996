package io.aurelius.admin.query;

import java.time.LocalDateTime;

/** One gate verdict in a strategy's Gate results tab (the results JSON stays in the database until asked). */
public record GateRow(String id, String gateType, boolean passed, Boolean productionReady, String recommendation,
                      LocalDateTime timestamp) {
}
