package io.aurelius.admin.query;

import java.time.LocalDateTime;

/** The header of one strategy, with its parameters as raw JSON text (the UI shows a key/value tree of it). */
public record StrategyDetail(String id, String name, String description, String type, String status,
                             double confidence, LocalDateTime createdAt, LocalDateTime updatedAt,
                             String parametersJson) {
}
