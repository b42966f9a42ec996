package io.aurelius.admin.query;

import java.util.List;

/**
 * A strategy's gate results in the order they happened (oldest first; at the same time dev, crv, product).
 *
 * @param strategyName null when the strategy row is missing
 */
public record GateHistory(String strategyId, String strategyName, List<GateDetail> results) {

    public GateHistory {
        results = List.copyOf(results);
    }
}
