package io.aurelius.admin.query;

import java.time.LocalDateTime;

/** One walk-forward validation in a strategy's Validations tab (the summary columns, not the windows). */
public record ValidationRow(String id, String startDate, String endDate, int windowSizeDays, int trainSizeDays,
                            String status, String errorMessage, Integer numWindows, Double avgTrainSharpe,
                            Double avgTestSharpe, Double avgDegradation, Double stabilityScore, Boolean passed,
                            LocalDateTime createdAt) {
}
