package io.aurelius.admin.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One backtest run of a strategy (table {@code backtests}). */
@Entity
@Table(name = "backtests")
public class Backtest {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "strategy_id", nullable = false, length = 36)
    private String strategyId;

    @Column(name = "start_date", nullable = false, length = 10)
    private String startDate;

    @Column(name = "end_date", nullable = false, length = 10)
    private String endDate;

    @Column(name = "initial_capital", nullable = false)
    private double initialCapital;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private JsonNode instruments;

    @Column(length = 20)
    private String status;

    @Column(name = "error_message")
    private String errorMessage;

    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode metrics;

    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode trades;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "equity_curve")
    private JsonNode equityCurve;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "duration_seconds")
    private Double durationSeconds;

    protected Backtest() {
    }

    public Backtest(String strategyId, String startDate, String endDate, double initialCapital, JsonNode instruments) {
        this.id = Ids.newId();
        this.strategyId = strategyId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.initialCapital = initialCapital;
        this.instruments = instruments;
        this.status = "pending";
        this.createdAt = Ids.nowUtc();
    }

    /** Records a finished run: status completed, its metrics, trades and curve. */
    public void complete(JsonNode metrics, JsonNode trades, JsonNode equityCurve, double durationSeconds) {
        this.status = "completed";
        this.metrics = metrics;
        this.trades = trades;
        this.equityCurve = equityCurve;
        this.completedAt = Ids.nowUtc();
        this.durationSeconds = durationSeconds;
    }

    /** Records a failed run: status failed, its error, no metrics. */
    public void fail(String errorMessage, double durationSeconds) {
        this.status = "failed";
        this.errorMessage = errorMessage;
        this.completedAt = Ids.nowUtc();
        this.durationSeconds = durationSeconds;
    }

    public String getId() {
        return id;
    }

    public String getStrategyId() {
        return strategyId;
    }

    public String getStartDate() {
        return startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public double getInitialCapital() {
        return initialCapital;
    }

    public JsonNode getInstruments() {
        return instruments;
    }

    public String getStatus() {
        return status;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public JsonNode getMetrics() {
        return metrics;
    }

    public JsonNode getTrades() {
        return trades;
    }

    public JsonNode getEquityCurve() {
        return equityCurve;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public Double getDurationSeconds() {
        return durationSeconds;
    }
}
