package io.aurelius.admin.ui.main;

import java.util.List;

/**
 * One entry of the navigation: its label and its screen, loaded from {@code /fxml/<view>.fxml}.
 *
 * @param title what the navigation shows
 * @param view  the FXML name (and the View class's prefix): "database" -> database.fxml, DatabaseView
 * @param hint  a tooltip saying what the screen is for
 */
public record Screen(String title, String view, String hint) {

    /** The screens, in navigation order. Adding a screen is one entry here (and its view registered). */
    public static final List<Screen> ALL = List.of(
            new Screen("Database", "database", "The connection and the AURELIUS schema"));
}
