package io.aurelius.admin.ui.main;

import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.ViewLoader;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Controller of main.fxml: wires the navigation, the cover and the status bar to the MainViewModel. */
public final class MainView {

    private final MainViewModel viewModel;
    private final ViewLoader loader;
    private final Map<Screen, Node> loaded = new HashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();

    @FXML private VBox navigation;
    @FXML private Button backButton;
    @FXML private Button forwardButton;
    @FXML private StackPane content;
    @FXML private VBox cover;
    @FXML private ProgressIndicator coverSpinner;
    @FXML private Label coverTitle;
    @FXML private Label coverText;
    @FXML private HBox coverActions;
    @FXML private Label connectionLabel;
    @FXML private Label serverLabel;
    @FXML private Label schemaLabel;
    @FXML private Label activityLabel;
    @FXML private ProgressIndicator busyIndicator;

    public MainView(MainViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        buildNavigation();
        bindCover();
        bindStatusBar();
        viewModel.selectedScreenProperty().addListener((obs, old, screen) -> show(screen));
        show(viewModel.selectedScreenProperty().get());
    }

    private void buildNavigation() {
        backButton.disableProperty().bind(viewModel.canGoBackProperty().not());
        forwardButton.disableProperty().bind(viewModel.canGoForwardProperty().not());
        backButton.setTooltip(new Tooltip("Back (Alt+Left)"));
        forwardButton.setTooltip(new Tooltip("Forward (Alt+Right)"));
        Shortcuts.whileShown(navigation, new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                viewModel::back);
        Shortcuts.whileShown(navigation, new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                viewModel::forward);
        for (Screen screen : viewModel.screens()) {
            ToggleButton entry = new ToggleButton(screen.title());
            entry.setId("nav-" + screen.view());
            entry.setToggleGroup(navGroup);
            entry.setTooltip(new Tooltip(screen.hint()));
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.getStyleClass().add("nav-entry");
            entry.setUserData(screen);
            entry.setOnAction(e -> {
                viewModel.go(screen);
                syncNavigation(viewModel.selectedScreenProperty().get());
            });
            navigation.getChildren().add(entry);
        }
    }

    private void show(Screen screen) {
        Node node = loaded.computeIfAbsent(screen, s -> loader.load(s.view()).root());
        content.getChildren().setAll(node, cover);
        syncNavigation(screen);
        Platform.runLater(node::requestFocus);
    }

    private void syncNavigation(Screen screen) {
        for (Toggle entry : navGroup.getToggles()) {
            entry.setSelected(screen.navigationEntry().equals(entry.getUserData()));
        }
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void forward() {
        viewModel.forward();
    }

    private void bindCover() {
        // the Connections and First-run setup screens stay usable without a connection: that is what they are for
        cover.visibleProperty().bind(viewModel.connectingProperty().or(viewModel.failedProperty())
                .and(Bindings.createBooleanBinding(() -> viewModel.selectedScreenProperty().get() == null
                        || viewModel.selectedScreenProperty().get().needsConnection(),
                        viewModel.selectedScreenProperty())));
        coverSpinner.visibleProperty().bind(viewModel.connectingProperty());
        coverSpinner.managedProperty().bind(viewModel.connectingProperty());
        coverTitle.textProperty().bind(viewModel.coverTitleProperty());
        coverText.textProperty().bind(viewModel.coverTextProperty());
        coverActions.visibleProperty().bind(viewModel.failedProperty());
        coverActions.managedProperty().bind(viewModel.failedProperty());
        Tone.follow(coverTitle, viewModel.failedProperty().map(failed -> failed ? Tone.ERROR : Tone.NEUTRAL));
    }

    private void bindStatusBar() {
        connectionLabel.textProperty().bind(viewModel.connectionTextProperty());
        Tone.follow(connectionLabel, viewModel.connectionToneProperty());
        Tooltip connectionTip = new Tooltip();
        connectionTip.textProperty().bind(viewModel.connectionTipProperty());
        connectionTip.setWrapText(true);
        connectionTip.setMaxWidth(480);
        connectionLabel.setTooltip(connectionTip);
        serverLabel.textProperty().bind(viewModel.serverTextProperty());
        schemaLabel.textProperty().bind(viewModel.schemaTextProperty());
        Tooltip schemaTip = new Tooltip();
        schemaTip.textProperty().bind(viewModel.schemaSummaryProperty());
        schemaTip.setWrapText(true);
        schemaTip.setMaxWidth(480);
        schemaLabel.setTooltip(schemaTip);
        Tone.follow(schemaLabel, viewModel.schemaToneProperty());
        activityLabel.textProperty().bind(viewModel.activityProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void openConnections() {
        viewModel.go(Screen.CONNECTIONS);
    }

    @FXML
    private void openSetup() {
        viewModel.go(Screen.SETUP);
    }

    @FXML
    private void retry() {
        viewModel.retry();
    }

    @FXML
    private void showDetails() {
        viewModel.showFailureDetails();
    }
}
