package io.aurelius.admin.query;

import java.time.LocalDateTime;

/**
 * One line of the strategies list: a projection, no JSON columns.
 *
 * @param latestGateType   type of the most recent gate result (dev, crv, product, or another), null if none
 * @param latestGatePassed its verdict, null if none
 */
public record StrategyRow(String id, String name, String type, String status, double confidence,
                          LocalDateTime createdAt, LocalDateTime updatedAt, long backtests, long validations,
                          long gateResults, String latestGateType, Boolean latestGatePassed) {
}
