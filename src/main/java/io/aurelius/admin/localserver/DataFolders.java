package io.aurelius.admin.localserver;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the private server lives by default: a {@code postgres} folder inside the app's data folder, which is
 * {@code $AURELIUS_ADMIN_HOME} when set, else {@code ~/Library/Application Support/AURELIUS Admin} on macOS,
 * {@code %LOCALAPPDATA%\AURELIUS Admin} on Windows, and {@code $XDG_DATA_HOME/aurelius-admin} (default
 * {@code ~/.local/share/aurelius-admin}) elsewhere.
 */
public final class DataFolders {

    static final String HOME_VARIABLE = "AURELIUS_ADMIN_HOME";
    /** Used when the app runs as root and root's own data folder is closed to the server's account. */
    static final Path ROOT_FALLBACK = Path.of("/var/lib/aurelius-admin/postgres");

    private DataFolders() {
    }

    static boolean overridden(Map<String, String> env) {
        String v = env.get(HOME_VARIABLE);
        return v != null && !v.isBlank();
    }

    static Path serverHome(String osName, Map<String, String> env, Path userHome) {
        return appData(osName, env, userHome).resolve("postgres");
    }

    /** The app's data folder for this user and system (the private server, the screens' saved layout, ...). */
    public static Path appData() {
        return appData(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Where the desktop app keeps backups unless the user picks another folder. */
    public static Path backups() {
        return appData().resolve("backups");
    }

    static Path appData(String osName, Map<String, String> env, Path userHome) {
        if (overridden(env)) {
            return Path.of(env.get(HOME_VARIABLE)).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("AURELIUS Admin");
        }
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? userHome.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("AURELIUS Admin");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : userHome.resolve(".local").resolve("share");
        return base.resolve("aurelius-admin");
    }
}
