package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.results.MonthlyTable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * Monthly returns as a years × months grid, each cell coloured by sign and size (green up, red down, stronger
 * the further from zero), with each year's return in the last column.
 */
final class MonthlyHeatmap {

    private MonthlyHeatmap() {
    }

    static GridPane of(MonthlyTable table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("heatmap");
        grid.setId("monthlyHeatmap");
        grid.add(header("Year"), 0, 0);
        for (int m = 1; m <= 12; m++) {
            grid.add(header(Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), m, 0);
        }
        grid.add(header("Year %"), 13, 0);
        double scale = scale(table);
        int row = 1;
        for (MonthlyTable.YearRow y : table.years()) {
            Label year = header(Integer.toString(y.year()));
            grid.add(year, 0, row);
            for (int m = 1; m <= 12; m++) {
                grid.add(cell(y.month(m), scale, Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + y.year()), m, row);
            }
            Label total = cell(y.total(), Math.max(scale, Math.abs(y.total())), "The year " + y.year());
            total.getStyleClass().add("heat-total");
            grid.add(total, 13, row);
            row++;
        }
        return grid;
    }

    private static double scale(MonthlyTable table) {
        double max = 0.01;
        for (MonthlyTable.YearRow y : table.years()) {
            for (double r : y.months()) {
                if (!Double.isNaN(r)) {
                    max = Math.max(max, Math.abs(r));
                }
            }
        }
        return max;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heat-header");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }

    private static Label cell(double r, double scale, String when) {
        Label l = new Label(ChartFormats.shortPercent(r));
        l.getStyleClass().add("heat-cell");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        if (Double.isNaN(r)) {
            l.getStyleClass().add("heat-empty");
            l.setTooltip(new Tooltip(when + ": no points"));
            return l;
        }
        double strength = Math.min(1, Math.abs(r) / scale);
        double alpha = 0.12 + 0.78 * strength;
        String rgb = r >= 0 ? "35, 121, 74" : "184, 50, 39";
        l.setStyle("-fx-background-color: rgba(" + rgb + ", " + String.format(Locale.ROOT, "%.2f", alpha) + ");"
                + (alpha > 0.55 ? " -fx-text-fill: white;" : ""));
        l.setTooltip(new Tooltip(when + ": " + ChartFormats.percent(r, 2)));
        return l;
    }
}
