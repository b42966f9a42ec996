package io.aurelius.admin.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dev, crv or product gate verdict for a strategy (table {@code gate_results}). */
@Entity
@Table(name = "gate_results")
public class GateResult {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "strategy_id", nullable = false, length = 36)
    private String strategyId;

    @Column(name = "gate_type", nullable = false, length = 20)
    private String gateType;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "`timestamp`", nullable = false)
    private LocalDateTime timestamp;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private JsonNode results;

    @Column(name = "production_ready")
    private Boolean productionReady;

    private String recommendation;

    protected GateResult() {
    }

    public GateResult(String strategyId, String gateType, boolean passed, JsonNode results,
                      Boolean productionReady, String recommendation) {
        this.id = Ids.newId();
        this.strategyId = strategyId;
        this.gateType = gateType;
        this.passed = passed;
        this.timestamp = Ids.nowUtc();
        this.results = results;
        this.productionReady = productionReady;
        this.recommendation = recommendation;
    }

    public String getId() {
        return id;
    }

    public String getStrategyId() {
        return strategyId;
    }

    public String getGateType() {
        return gateType;
    }

    public boolean isPassed() {
        return passed;
    }

    public LocalDateTime getTimestamp() {
        return timestamp;
    }

    public JsonNode getResults() {
        return results;
    }

    public Boolean getProductionReady() {
        return productionReady;
    }

    public String getRecommendation() {
        return recommendation;
    }
}
