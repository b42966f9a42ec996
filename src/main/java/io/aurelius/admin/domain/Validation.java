package io.aurelius.admin.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A walk-forward validation of a strategy (table {@code validations}). Passes at stability >= 75. */
@Entity
@Table(name = "validations")
public class Validation {

    public static final double PASS_STABILITY = 75.0;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "strategy_id", nullable = false, length = 36)
    private String strategyId;

    @Column(name = "start_date", nullable = false, length = 10)
    private String startDate;

    @Column(name = "end_date", nullable = false, length = 10)
    private String endDate;

    @Column(name = "window_size_days", nullable = false)
    private int windowSizeDays;

    @Column(name = "train_size_days", nullable = false)
    private int trainSizeDays;

    @Column(name = "initial_capital", nullable = false)
    private double initialCapital;

    @Column(length = 20)
    private String status;

    @Column(name = "error_message")
    private String errorMessage;

    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode windows;

    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode metrics;

    @Column(name = "num_windows")
    private Integer numWindows;

    @Column(name = "avg_train_sharpe")
    private Double avgTrainSharpe;

    @Column(name = "avg_test_sharpe")
    private Double avgTestSharpe;

    @Column(name = "avg_degradation")
    private Double avgDegradation;

    @Column(name = "stability_score")
    private Double stabilityScore;

    private Boolean passed;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "duration_seconds")
    private Double durationSeconds;

    protected Validation() {
    }

    public Validation(String strategyId, String startDate, String endDate, int windowSizeDays, int trainSizeDays,
                      double initialCapital) {
        this.id = Ids.newId();
        this.strategyId = strategyId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.windowSizeDays = windowSizeDays;
        this.trainSizeDays = trainSizeDays;
        this.initialCapital = initialCapital;
        this.status = "pending";
        this.createdAt = Ids.nowUtc();
    }

    /** Records a finished validation; it passes when its stability score is at least 75. */
    public void complete(JsonNode windows, JsonNode metrics, int numWindows, double avgTrainSharpe,
                         double avgTestSharpe, double avgDegradation, double stabilityScore, double durationSeconds) {
        this.status = "completed";
        this.windows = windows;
        this.metrics = metrics;
        this.numWindows = numWindows;
        this.avgTrainSharpe = avgTrainSharpe;
        this.avgTestSharpe = avgTestSharpe;
        this.avgDegradation = avgDegradation;
        this.stabilityScore = stabilityScore;
        this.passed = stabilityScore >= PASS_STABILITY;
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

    public int getWindowSizeDays() {
        return windowSizeDays;
    }

    public int getTrainSizeDays() {
        return trainSizeDays;
    }

    public double getInitialCapital() {
        return initialCapital;
    }

    public String getStatus() {
        return status;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public JsonNode getWindows() {
        return windows;
    }

    public JsonNode getMetrics() {
        return metrics;
    }

    public Integer getNumWindows() {
        return numWindows;
    }

    public Double getAvgTrainSharpe() {
        return avgTrainSharpe;
    }

    public Double getAvgTestSharpe() {
        return avgTestSharpe;
    }

    public Double getAvgDegradation() {
        return avgDegradation;
    }

    public Double getStabilityScore() {
        return stabilityScore;
    }

    public Boolean getPassed() {
        return passed;
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
