package io.aurelius.admin.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The export's line in the status bar: progress and Cancel while it runs, its result sentence afterwards. */
public final class ExportBar extends HBox {

    public ExportBar(ExportJob job) {
        super(6);
        setId("exportBar");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("export-bar");
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(job.progressProperty());
        bar.visibleProperty().bind(job.runningProperty());
        bar.managedProperty().bind(job.runningProperty());
        Label status = new Label();
        status.setId("exportStatus");
        status.getStyleClass().add("status-item");
        status.textProperty().bind(job.statusProperty());
        status.setMaxWidth(560);
        Button cancel = new Button("Cancel");
        cancel.setId("exportCancel");
        cancel.setOnAction(e -> job.cancel());
        cancel.visibleProperty().bind(job.runningProperty());
        cancel.managedProperty().bind(job.runningProperty());
        Button dismiss = new Button("×");
        dismiss.setId("exportDismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> job.dismiss());
        dismiss.visibleProperty().bind(job.runningProperty().not());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        getChildren().addAll(bar, status, cancel, dismiss);
        visibleProperty().bind(job.statusProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
