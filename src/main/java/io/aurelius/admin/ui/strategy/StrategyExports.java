package io.aurelius.admin.ui.strategy;

import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.query.GateRow;
import io.aurelius.admin.query.StrategyDetail;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Exports;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The Strategy screen's exports: an "Export…" menu beside "Copy id" (its three tables, every row as read, to
 * CSV; its parameters in full to a JSON file) and a "Save…" beside "Raw JSON" for the parameters.
 */
final class StrategyExports {

    private final StrategyViewModel viewModel;
    private final ExportJob exports;

    StrategyExports(StrategyViewModel viewModel, ExportJob exports) {
        this.viewModel = viewModel;
        this.exports = exports;
    }

    /** Adds the menu after {@code copyId} and the Save button after {@code rawToggle}. */
    void install(Node copyId, Node rawToggle) {
        MenuButton menu = new MenuButton("Export…");
        menu.setId("strategyExport");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.getItems().addAll(
                Exports.item("Backtests to CSV…", () -> Exports.table(exports, "the backtests", name("backtests", "csv"),
                        BacktestRow.class, viewModel.backtests())),
                Exports.item("Validations to CSV…", () -> Exports.table(exports, "the validations",
                        name("validations", "csv"), ValidationRow.class, viewModel.validations())),
                Exports.item("Gate results to CSV…", () -> Exports.table(exports, "the gate results",
                        name("gate-results", "csv"), GateRow.class, viewModel.gates())),
                new SeparatorMenuItem(),
                Exports.item("Parameters to a JSON file…", this::saveParameters));
        menu.disableProperty().bind(viewModel.detailProperty().isNull());
        Exports.after(copyId, menu);
        Button save = new Button("Save…");
        save.setId("saveParameters");
        save.getStyleClass().add("small-toggle");
        save.setTooltip(new Tooltip("Saves the parameters as stored, in full, to a .json file."));
        save.setOnAction(e -> saveParameters());
        save.disableProperty().bind(viewModel.detailProperty().isNull());
        Exports.after(rawToggle, save);
    }

    /** Saves a JSON column of a row shown in the row dialog. */
    void saveJson(RowDetail row, String column) {
        Exports.json(exports, row.table(), column, row.id());
    }

    private void saveParameters() {
        StrategyDetail d = viewModel.detailProperty().get();
        if (d != null) {
            Exports.json(exports, "strategies", "parameters", d.id());
        }
    }

    private String name(String what, String extension) {
        StrategyDetail d = viewModel.detailProperty().get();
        return Exports.fileName(what, d == null ? null : d.id(), extension);
    }
}
