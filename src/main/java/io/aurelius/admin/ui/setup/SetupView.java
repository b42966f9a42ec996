package io.aurelius.admin.ui.setup;

import io.aurelius.admin.setup.SetupStep;
import io.aurelius.admin.ui.common.Tone;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of setup.fxml: binds the wizard's fields and step list to the SetupViewModel. */
public final class SetupView {

    private final SetupViewModel viewModel;

    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField adminUserField;
    @FXML private PasswordField adminPasswordField;
    @FXML private TextField roleField;
    @FXML private PasswordField rolePasswordField;
    @FXML private CheckBox generateBox;
    @FXML private TextField databaseField;
    @FXML private TextField profileField;
    @FXML private Button runButton;
    @FXML private Label messageLabel;
    @FXML private TableView<SetupStep> stepsTable;
    @FXML private TableColumn<SetupStep, String> stepColumn;
    @FXML private TableColumn<SetupStep, String> outcomeColumn;
    @FXML private TableColumn<SetupStep, String> detailColumn;

    public SetupView(SetupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(viewModel.hostProperty());
        portField.textProperty().bindBidirectional(viewModel.portProperty());
        adminUserField.textProperty().bindBidirectional(viewModel.adminUserProperty());
        adminPasswordField.textProperty().bindBidirectional(viewModel.adminPasswordProperty());
        roleField.textProperty().bindBidirectional(viewModel.roleProperty());
        rolePasswordField.textProperty().bindBidirectional(viewModel.rolePasswordProperty());
        generateBox.selectedProperty().bindBidirectional(viewModel.generatePasswordProperty());
        rolePasswordField.disableProperty().bind(generateBox.selectedProperty());
        databaseField.textProperty().bindBidirectional(viewModel.databaseProperty());
        profileField.textProperty().bindBidirectional(viewModel.profileNameProperty());
        runButton.disableProperty().bind(viewModel.runningProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        Tone.follow(messageLabel, viewModel.toneProperty());
        stepsTable.setItems(viewModel.steps());
        stepColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(switch (c.getValue().outcome()) {
            case DONE -> "done";
            case ALREADY_DONE -> "already done";
            case FAILED -> "failed";
        }));
        outcomeColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                (empty || item == null ? Tone.NEUTRAL : item.equals("failed") ? Tone.ERROR : Tone.OK).applyTo(this);
            }
        });
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detail()));
    }

    @FXML
    private void run() {
        viewModel.run();
    }
}
