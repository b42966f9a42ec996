package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.db.DatabaseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectTaskRunnerTest {

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final List<String> seen = new ArrayList<>();

    @Test
    void deliversTheResultThenFinishes() {
        BackgroundTask.wrap(() -> "done")
                .onSuccess(r -> seen.add("success " + r))
                .onFailure(e -> seen.add("failure"))
                .onFinished(() -> seen.add("finished"))
                .executeWith(runner);

        assertThat(seen).containsExactly("success done", "finished");
        assertThat(runner.isBusy()).isFalse();
        assertThat(runner.runningProperty().get()).isZero();
    }

    @Test
    void deliversTheFailureWithItsSentence() {
        BackgroundTask.wrap(() -> {
            throw new DatabaseException("The server went away; reconnect.");
        }).onSuccess(r -> seen.add("success")).onFailure(e -> seen.add(e.getMessage())).executeWith(runner);

        assertThat(seen).containsExactly("The server went away; reconnect.");
    }

    @Test
    void reportsBusyWithTheTaskTitleWhileItRuns() {
        BackgroundTask.wrap(() -> runner.isBusy() + " " + runner.activityProperty().get())
                .titled("Reading the schema")
                .onSuccess(seen::add)
                .executeWith(runner);

        assertThat(seen).containsExactly("true Reading the schema");
        assertThat(runner.activityProperty().get()).isEmpty();
    }

    @Test
    void aNewerTaskInTheSameSlotSupersedesTheOlderOne() {
        BackgroundTask.wrap(() -> {
            BackgroundTask.wrap(() -> "newer").inSlot("status").onSuccess(seen::add).executeWith(runner);
            return "older";
        }).inSlot("status").onSuccess(seen::add).onFinished(() -> seen.add("older finished")).executeWith(runner);

        assertThat(seen).containsExactly("newer", "older finished");
        assertThat(runner.isBusy()).isFalse();
    }

    @Test
    void tasksInOtherSlotsDoNotSupersede() {
        BackgroundTask.wrap(() -> {
            BackgroundTask.wrap(() -> "b").inSlot("b").onSuccess(seen::add).executeWith(runner);
            return "a";
        }).inSlot("a").onSuccess(seen::add).executeWith(runner);

        assertThat(seen).containsExactly("b", "a");
    }
}
