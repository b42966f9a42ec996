package io.aurelius.admin.cli;

import io.aurelius.admin.ui.snapshot.Training;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cds-training}: the build's class-data training run (see {@link Training}); not for users. */
@Command(name = "cds-training", hidden = true, description = "Open the window once without a server (build step).")
public class TrainingCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Training.run();
        return 0;
    }
}
