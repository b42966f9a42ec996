package io.aurelius.admin.testing.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What one test JVM (a surefire or failsafe fork) recorded, as it writes it to {@code target/reliability/}.
 *
 * @param run      the build these results belong to (null outside Maven: an IDE's run)
 * @param finished when the JVM's test plan finished, ISO-8601
 * @param command  the Maven command line of the build
 * @param server   "PostgreSQL 15.10 …" when known
 * @param java     the JVM's version
 */
public record RunResults(String run, String finished, String command, String server, String java,
                         List<Outcome> outcomes) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunResults {
        outcomes = List.copyOf(outcomes);
    }

    public static RunResults read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), RunResults.class);
    }

    /** Writes the file whole or not at all (a reader in another JVM never sees half of it). */
    public void write(Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        JSON.writeValue(part.toFile(), this);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
