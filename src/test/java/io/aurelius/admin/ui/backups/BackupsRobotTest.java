package io.aurelius.admin.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.backup.BackupService;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.main.Screen;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Backups screen with the real pg_dump / pg_restore: a backup appears in the folder's list, reads
 * back for restore showing its tables and rows, restores into a new database, and over the connected one
 * only after the name is typed, with the replaced rows backed up first.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path home;
    @TempDir
    Path folder;

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
    }

    @AfterAll
    static void dropCopy() throws Exception {
        DB.sql("DROP DATABASE IF EXISTS " + copyName() + " WITH (FORCE)");
    }

    private static String copyName() {
        return DB.name() + "_copy";
    }

    @Start
    void start(Stage stage) {
        BrowseStore store = new BrowseStore(home.resolve(System.nanoTime() + ".json"));
        window = MainWindow.open(stage, new FixedConnector(DB.settings()), new FxTaskRunner(), store);
    }

    @AfterEach
    void close() throws Exception {
        Robot.idle(window);
        window.close();
    }

    @Test
    void backUpListReadRestoreIntoANewDatabaseThenOverThisOneWithACopyFirst(FxRobot robot) throws Exception {
        Robot.waitForText(robot, "#rangeLabel", "rows 1–50 of 246");
        robot.interact(() -> {
            window.backupFolderProperty().set(folder);
            window.go(Place.of(Screen.BACKUPS));
        });
        Robot.idle(window);
        assertThat(entries(robot)).isEmpty();

        robot.clickOn("#backupButton");
        waitFor(robot, "#backupMessage", "Backed up to ");
        Robot.waitUntil(() -> entries(robot).size() == 1);
        assertThat(entries(robot).get(0).manifest().database()).isEqualTo(DB.name());
        assertThat(robot.lookup("#logList").<ListView<String>>query().getItems()).isNotEmpty();

        robot.interact(() -> robot.lookup("#backupsTable").<TableView<?>>query().getSelectionModel().select(0));
        robot.clickOn("#restoreSelectedButton");
        try {
            Robot.waitUntil(() -> holds(robot).contains("public.strategies"));
        } catch (java.util.concurrent.TimeoutException e) {
            Robot.shot(robot, "#backupButton", "backups-read-failed.png");
            throw new AssertionError("the backup never read back: " + holds(robot) + " / "
                    + Robot.text(robot, "#restoreMessage"), e);
        }
        assertThat(holds(robot)).contains("public.backtests", "public.validations", "public.gate_results");

        robot.interact(() -> robot.lookup("#holdsList").<org.controlsfx.control.CheckListView<String>>query()
                .getCheckModel().clearCheck("public.validations"));
        robot.clickOn("#newRadio");
        robot.clickOn("#newNameField").write(copyName());
        robot.clickOn("#restoreButton");
        waitFor(robot, "#restoreMessage", "Restored into the new database " + copyName());
        assertThat(rows(copyName())).isEqualTo(246);
        assertThat(has(copyName(), "validations")).as("an unticked table is not restored").isFalse();
        assertThat(has(copyName(), "backtests")).isTrue();
        Robot.shot(robot, "#backupButton", "backups.png");

        robot.interact(() -> robot.lookup("#holdsList").<org.controlsfx.control.CheckListView<String>>query()
                .getCheckModel().checkAll());
        robot.clickOn("#currentRadio");
        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirmText").tryQuery().isPresent());
        CheckBox backUpFirst = robot.lookup("#backUpFirst").query();
        assertThat(backUpFirst.isSelected()).isTrue();
        assertThat(backUpFirst.getText()).contains(DB.name()).contains(folder.toString());
        Robot.shot(robot, "#confirmText", "restore-confirm.png");
        robot.clickOn("#confirmText").write(DB.name());
        robot.type(javafx.scene.input.KeyCode.ENTER); // the dialog's default button, "Restore"
        waitFor(robot, "#restoreMessage", "Restored 5 tables into " + DB.name() + "; the data it replaced is in");
        Robot.waitUntil(() -> entries(robot).size() == 2);
        assertThat(rows(DB.name())).isEqualTo(246);
    }

    private static void waitFor(FxRobot robot, String query, String start) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
                String t = Robot.text(robot, query);
                return t != null && t.startsWith(start);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " never began \"" + start + "\"; it says \"" + Robot.text(robot, query)
                    + "\"", e);
        }
    }

    private static List<BackupService.Entry> entries(FxRobot robot) {
        return Robot.rows(robot, "#backupsTable");
    }

    private static List<String> holds(FxRobot robot) {
        return List.copyOf(robot.lookup("#holdsList").<ListView<String>>query().getItems());
    }

    private static boolean has(String database, String table) throws Exception {
        var s = DB.settings();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + s.host() + ":" + s.port() + "/"
                + database, s.user(), s.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static long rows(String database) throws Exception {
        var s = DB.settings();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + s.host() + ":" + s.port() + "/"
                + database, s.user(), s.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM strategies")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
