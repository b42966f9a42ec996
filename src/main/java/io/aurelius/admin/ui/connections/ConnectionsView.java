package io.aurelius.admin.ui.connections;

import io.aurelius.admin.config.Profile;
import io.aurelius.admin.ui.common.Tone;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Controller of connections.fxml: binds the controls to the ConnectionsViewModel, nothing else. */
public final class ConnectionsView {

    private final ConnectionsViewModel viewModel;

    @FXML private TableView<Profile> profilesTable;
    @FXML private TableColumn<Profile, String> nameColumn;
    @FXML private TableColumn<Profile, String> addressColumn;
    @FXML private TableColumn<Profile, String> modeColumn;
    @FXML private TextField nameField;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private ComboBox<String> sslmodeBox;
    @FXML private TextField rootCertField;
    @FXML private CheckBox readOnlyBox;
    @FXML private PasswordField passwordField;
    @FXML private CheckBox savePasswordBox;
    @FXML private Button deleteButton;
    @FXML private Button useButton;
    @FXML private Label messageLabel;

    public ConnectionsView(ConnectionsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        profilesTable.setItems(viewModel.profiles());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        addressColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().user() + "@"
                + c.getValue().host() + ":" + c.getValue().port() + "/" + c.getValue().database()));
        modeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().readOnly() ? "read-only"
                : "read-write"));
        profilesTable.getSelectionModel().selectedItemProperty().addListener((o, old, p) -> viewModel.edit(p));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        hostField.textProperty().bindBidirectional(viewModel.hostProperty());
        portField.textProperty().bindBidirectional(viewModel.portProperty());
        databaseField.textProperty().bindBidirectional(viewModel.databaseProperty());
        userField.textProperty().bindBidirectional(viewModel.userProperty());
        sslmodeBox.getItems().setAll(ConnectionsViewModel.SSL_MODES);
        sslmodeBox.valueProperty().bindBidirectional(viewModel.sslmodeProperty());
        rootCertField.textProperty().bindBidirectional(viewModel.sslrootcertProperty());
        readOnlyBox.selectedProperty().bindBidirectional(viewModel.readOnlyProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        savePasswordBox.selectedProperty().bindBidirectional(viewModel.savePasswordProperty());
        deleteButton.disableProperty().bind(Bindings.isEmpty(viewModel.nameProperty()));
        useButton.disableProperty().bind(Bindings.isEmpty(viewModel.nameProperty()));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        Tone.follow(messageLabel, viewModel.toneProperty());
        viewModel.load();
    }

    @FXML
    private void newProfile() {
        profilesTable.getSelectionModel().clearSelection();
        viewModel.newProfile();
        nameField.requestFocus();
    }

    @FXML
    private void chooseRootCert() {
        viewModel.chooseRootCert();
    }

    @FXML
    private void importEnv() {
        viewModel.importEnv();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void test() {
        viewModel.test();
    }

    @FXML
    private void use() {
        viewModel.use();
    }
}
