package io.aurelius.admin.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A generated trading strategy (table {@code strategies}). */
@Entity
@Table(name = "strategies")
public class Strategy {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "strategy_type", nullable = false, length = 50)
    private String strategyType;

    @Column(nullable = false)
    private double confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private JsonNode parameters;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(length = 20)
    private String status;

    protected Strategy() {
    }

    public Strategy(String name, String description, String strategyType, double confidence, JsonNode parameters) {
        this.id = Ids.newId();
        this.name = name;
        this.description = description;
        this.strategyType = strategyType;
        this.confidence = confidence;
        this.parameters = parameters;
        this.createdAt = Ids.nowUtc();
        this.updatedAt = this.createdAt;
        this.status = "active";
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        touch();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
        touch();
    }

    public String getStrategyType() {
        return strategyType;
    }

    public double getConfidence() {
        return confidence;
    }

    public JsonNode getParameters() {
        return parameters;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
        touch();
    }

    private void touch() {
        this.updatedAt = Ids.nowUtc();
    }
}
