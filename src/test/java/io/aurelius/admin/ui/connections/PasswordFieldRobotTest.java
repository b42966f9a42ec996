package io.aurelius.admin.ui.connections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.common.Screenshot;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.main.Screen;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The connection dialog and the setup screen hold passwords in masked fields: no text the window draws holds
 * one (what a screenshot shows), copy and cut from them never reach the clipboard, and a failed Test says
 * nothing of the password typed. Only the Strategies list and a strategy's page use the clipboard at all.
 */
@ExtendWith(ApplicationExtension.class)
class PasswordFieldRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final Path SHOTS = Path.of("target", "ui-screenshots");
    private static final String TOKEN = UUID.randomUUID().toString().replace("-", "");

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new FixedConnector(DB.settings()), new FxTaskRunner());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        window.close();
    }

    private void open(FxRobot robot, Screen screen, String query) throws TimeoutException {
        robot.interact(() -> window.go(Place.of(screen)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void set(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    /** Every text any open window draws: labels, text nodes (field skins included), fields other than passwords. */
    private static List<String> drawnTexts() {
        List<String> out = new ArrayList<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.getScene() != null) {
                collect(w.getScene().getRoot(), out);
            }
        }
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof Text t) {
            out.add(t.getText());
        }
        if (n instanceof TextInputControl t && !(n instanceof PasswordField)) {
            out.add(t.getText());
            out.add(t.getPromptText());
        }
        if (n instanceof Control c && c.getTooltip() != null) {
            out.add(c.getTooltip().getText());
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** One mask character (a bullet or a circle, as the skin chooses) for each character typed. */
    private static boolean masked(String t, int length) {
        return t != null && t.length() == length && !Character.isLetterOrDigit(t.charAt(0))
                && t.chars().allMatch(c -> c == t.charAt(0));
    }

    private static String clipboard(FxRobot robot) {
        String[] s = {null};
        robot.interact(() -> s[0] = Clipboard.getSystemClipboard().getString());
        return s[0];
    }

    private static void putOnClipboard(FxRobot robot, String text) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "A password typed in the connection dialog is drawn only as"
            + " bullets (no label, text node or field of any window holds it, when its screenshot is taken), copy"
            + " and cut with the menu calls and Ctrl+C leave the clipboard as it was, and Test's failure sentence"
            + " holds none of it.")
    void theConnectionDialogNeverShowsOrCopiesThePassword(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        open(robot, Screen.CONNECTIONS, "#passwordField");
        ConnectionSettings s = DB.settings();
        set(robot, "#nameField", "lab");
        set(robot, "#hostField", s.host());
        set(robot, "#portField", Integer.toString(s.port()));
        set(robot, "#databaseField", s.database());
        set(robot, "#userField", s.user());
        String password = "pw-" + TOKEN;
        PasswordField field = robot.lookup("#passwordField").queryAs(PasswordField.class);
        robot.clickOn(field).write(password);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo(password);

        robot.interact(() -> Screenshot.write(field.getScene(), SHOTS.resolve("connections-password.png")));
        assertThat(drawnTexts()).as("what the window draws").isNotEmpty()
                .noneMatch(t -> t != null && t.contains(TOKEN))
                .anyMatch(t -> masked(t, password.length()));

        putOnClipboard(robot, "before");
        TextField host = robot.lookup("#hostField").queryAs(TextField.class);
        robot.interact(() -> {
            host.selectAll();
            host.copy();
        });
        assertThat(clipboard(robot)).as("the clipboard works here").isEqualTo(s.host());
        putOnClipboard(robot, "before");
        robot.interact(() -> {
            field.selectAll();
            field.copy();
            field.cut();
        });
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.C).type(KeyCode.X)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isEqualTo("before");
        assertThat(field.getText()).as("cut took nothing out").isEqualTo(password);

        robot.clickOn("#testButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#messageLabel").queryLabeled().getText()
                .contains("rejected role"));
        assertThat(drawnTexts()).noneMatch(t -> t != null && t.contains(TOKEN));
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "The setup screen's administrator and role passwords are"
            + " masked fields whose text no window draws.")
    void theSetupScreenMasksBothPasswords(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        open(robot, Screen.SETUP, "#adminPasswordField");
        assertThat((Object) robot.lookup("#adminPasswordField").query()).isInstanceOf(PasswordField.class);
        assertThat((Object) robot.lookup("#rolePasswordField").query()).isInstanceOf(PasswordField.class);
        robot.interact(() -> robot.lookup("#generateBox").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(false));
        set(robot, "#adminPasswordField", "admin-" + TOKEN);
        set(robot, "#rolePasswordField", "role-" + TOKEN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawnTexts()).noneMatch(t -> t != null && t.contains(TOKEN));
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "An ArchUnit rule: only the Strategies list and a strategy's"
            + " page (which copy strategy ids) touch the clipboard; no screen that holds a password can.")
    void onlyTheStrategyScreensUseTheClipboard() {
        noClasses().that().resideOutsideOfPackages("io.aurelius.admin.ui.strategies", "io.aurelius.admin.ui.strategy")
                .should().dependOnClassesThat().haveFullyQualifiedName(Clipboard.class.getName())
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.aurelius.admin"));
    }
}
