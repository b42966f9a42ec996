package io.aurelius.admin;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app; its composition root. */
public class AdminApp extends Application {

    static void launchDesktop(String[] args) {
        Application.launch(AdminApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("AURELIUS Admin");
        stage.show();
    }
}
