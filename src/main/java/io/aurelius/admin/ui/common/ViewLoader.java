package io.aurelius.admin.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen: {@code /fxml/<name>.fxml}, whose controller (the View) comes from the controller
 * factory, so views get their ViewModels through their constructors.
 */
public final class ViewLoader {

    /** A loaded screen: its root node and its controller. */
    public record Loaded<V>(Parent root, V view) {
    }

    private final ControllerFactory controllers;

    public ViewLoader(ControllerFactory controllers) {
        this.controllers = controllers;
    }

    public <V> Loaded<V> load(String name) {
        URL fxml = ViewLoader.class.getResource("/fxml/" + name + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No screen named '" + name + "': /fxml/" + name
                    + ".fxml is not on the classpath.");
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(controllers::create);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml + ": " + e.getMessage(), e);
        }
    }
}
