package io.aurelius.admin.localserver;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last start recorded in {@code server.json}: enough to start the same cluster again the same way.
 * The password is not here; it has its own file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ServerState(int port, String binDir, int major, String version, String dataDir, String runAsUser,
                   String startedAt) {

    private static final Logger log = LoggerFactory.getLogger(ServerState.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Optional<ServerState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ServerState.class));
        } catch (IOException e) {
            log.warn("Ignoring unreadable {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
