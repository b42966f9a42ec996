package io.aurelius.admin.ui.dashboard;

import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.Dashboard.Failure;
import io.aurelius.admin.query.Dashboard.RecentBacktest;
import io.aurelius.admin.query.Dashboard.StrategyChoice;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Exports;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** The Dashboard's "Export…" menu beside Refresh: each table (all its rows as read) to CSV, each chart to PNG. */
final class DashboardExports {

    private final DashboardViewModel viewModel;
    private final ExportJob exports;

    DashboardExports(DashboardViewModel viewModel, ExportJob exports) {
        this.viewModel = viewModel;
        this.exports = exports;
    }

    void install(Node refresh, TableView<RecentBacktest> recent, TableView<Failure> failures,
                 TableView<Dashboard.ReadyStrategy> ready, TableView<ValidationRow> validations, Node typesCard,
                 Node gatesCard) {
        MenuButton menu = new MenuButton("Export…");
        menu.setId("dashboardExport");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.getItems().addAll(
                Exports.item("Recent backtests to CSV…", () -> Exports.table(exports, "the recent backtests",
                        name("recent-backtests", null, "csv"), RecentBacktest.class, recent.getItems())),
                Exports.item("Recent failures to CSV…", () -> Exports.table(exports, "the recent failures",
                        name("recent-failures", null, "csv"), Failure.class, failures.getItems())),
                Exports.item("Production-ready strategies to CSV…", () -> Exports.table(exports,
                        "the production-ready strategies", name("production-ready", null, "csv"),
                        Dashboard.ReadyStrategy.class, ready.getItems())),
                Exports.item("Validations of the chosen strategy to CSV…", () -> Exports.table(exports,
                        "the validations", name("validations", chosenId(), "csv"), ValidationRow.class,
                        validations.getItems())),
                new SeparatorMenuItem(),
                Exports.item("Strategies by type chart to PNG…", () -> Exports.png(exports,
                        "the strategies by type chart", name("strategies-by-type", null, "png"), typesCard)),
                Exports.item("Gate results chart to PNG…", () -> Exports.png(exports, "the gate results chart",
                        name("gate-results", null, "png"), gatesCard)));
        if (refresh.getParent() instanceof Pane header) {
            header.getChildren().add(header.getChildren().indexOf(refresh), menu);
        }
    }

    private static String name(String what, String subject, String extension) {
        return Exports.fileName(what, subject, extension);
    }

    private String chosenId() {
        StrategyChoice c = viewModel.chosenProperty().get();
        return c == null ? null : c.id();
    }
}
