package io.aurelius.admin.query;

import java.time.LocalDateTime;

/**
 * One walk-forward validation with its windows and metrics JSON as stored (the validation screen).
 *
 * @param strategyName  null when the strategy row is missing
 * @param windowsJson   the windows as stored, or null (none stored, or longer than the reader's limit)
 * @param windowsChars  the length of the stored windows text (0 when none)
 */
public record ValidationDetail(String id, String strategyId, String strategyName, String startDate, String endDate,
                               Integer windowSizeDays, Integer trainSizeDays, Double initialCapital, String status,
                               String errorMessage, Integer numWindows, Double avgTrainSharpe, Double avgTestSharpe,
                               Double avgDegradation, Double stabilityScore, Boolean passed, LocalDateTime createdAt,
                               LocalDateTime completedAt, Double durationSeconds, String windowsJson,
                               long windowsChars, String metricsJson) {
}
