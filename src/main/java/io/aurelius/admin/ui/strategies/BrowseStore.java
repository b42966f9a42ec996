package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.localserver.DataFolders;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Strategies screen's {@link BrowseState} in a small JSON file in the user's data folder
 * ({@code $AURELIUS_ADMIN_HOME}, else the platform's: {@code ~/.local/share/aurelius-admin},
 * {@code ~/Library/Application Support/AURELIUS Admin}, {@code %LOCALAPPDATA%\AURELIUS Admin}). A missing or
 * unreadable file means the defaults; a file that cannot be written is logged and otherwise ignored.
 */
public final class BrowseStore {

    private static final Logger log = LoggerFactory.getLogger(BrowseStore.class);
    private static final String FILE = "strategies-view.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public BrowseStore(Path file) {
        this.file = file;
    }

    /** The file in the user's data folder. */
    public static BrowseStore inUserDataFolder() {
        return new BrowseStore(DataFolders.appData().resolve(FILE));
    }

    /** A store that remembers nothing (snapshots must not change what the user left). */
    public static BrowseStore none() {
        return new BrowseStore(null);
    }

    public Path file() {
        return file;
    }

    public BrowseState load() {
        if (file == null || !Files.isRegularFile(file)) {
            return BrowseState.defaults();
        }
        try {
            BrowseState state = JSON.readValue(file.toFile(), BrowseState.class);
            return state == null ? BrowseState.defaults() : state;
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring the unreadable {}: {}", file, e.getMessage());
            return BrowseState.defaults();
        }
    }

    public void save(BrowseState state) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), state);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not save the Strategies layout to {}: {}", file, e.getMessage());
        }
    }
}
