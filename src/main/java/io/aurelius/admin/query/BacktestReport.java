package io.aurelius.admin.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.aurelius.admin.results.Json;
import io.aurelius.admin.results.MetricsView;
import java.time.LocalDateTime;

/**
 * One backtest's header for its report: configuration, status and metrics, never its trades or equity curve
 * (those are read apart, in the background, by {@link BacktestReports}).
 *
 * @param strategyName the strategy's name, or null when the strategy row is gone
 * @param instruments  the symbols joined with ", ", or the raw JSON when it is not an array of strings
 * @param metricsJson  the {@code metrics} column as stored (JSON text), or null
 */
public record BacktestReport(String id, String strategyId, String strategyName, String startDate, String endDate,
                             double initialCapital, String instruments, String status, String errorMessage,
                             String metricsJson, LocalDateTime createdAt, LocalDateTime completedAt,
                             Double durationSeconds) {

    /** @return true while the engine has not finished: pending or running */
    public boolean inProgress() {
        return "pending".equals(status) || "running".equals(status);
    }

    /** The metrics read for the report: key statistics with units and every other key (never dropped). */
    public MetricsView metrics() {
        if (metricsJson == null) {
            return MetricsView.of(null);
        }
        try {
            return MetricsView.of(Json.read(metricsJson));
        } catch (JsonProcessingException e) {
            return Json.limit(e) != null ? MetricsView.unreadable(Json.sentence("The metrics", e, null))
                    : MetricsView.of(Json.MAPPER.getNodeFactory().textNode(metricsJson));
        }
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}
