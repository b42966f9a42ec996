package io.aurelius.admin.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named connection profiles in one JSON file ({@code profiles.json} in the app's config folder). Written
 * whole to a temporary file and moved into place, so a crash never leaves half a file.
 */
public final class ProfileStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public ProfileStore(Path file) {
        this.file = file;
    }

    /** The config folder: AURELIUS_ADMIN_HOME, else $XDG_CONFIG_HOME/aurelius-admin, else ~/.config/aurelius-admin. */
    public static ProfileStore forUser(Map<String, String> env, Path home) {
        String appHome = env.get("AURELIUS_ADMIN_HOME");
        String xdg = env.get("XDG_CONFIG_HOME");
        Path dir = appHome != null && !appHome.isBlank() ? Path.of(appHome)
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "aurelius-admin") : home.resolve(".config/aurelius-admin");
        return new ProfileStore(dir.resolve("profiles.json"));
    }

    public Path file() {
        return file;
    }

    /**
     * The saved profiles, sorted by name; none when the file is absent. A file that is not a regular file of at
     * most 1 MB of JSON is refused with a sentence giving the line and column, never the file's text.
     */
    public List<Profile> list() {
        if (SettingsFiles.absent(file)) {
            return List.of();
        }
        try {
            byte[] bytes = SettingsFiles.read(file, "profiles file");
            List<Profile> all = JSON.readValue(bytes, new TypeReference<List<Profile>>() { });
            if (all == null || all.contains(null)) {
                throw new SettingsException("The profiles file " + file + " is not a list of profiles; fix it or"
                        + " move it aside.");
            }
            return all.stream().sorted(Comparator.comparing(Profile::name)).toList();
        } catch (SettingsFiles.Unreadable e) {
            throw new SettingsException(e.sentence());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            if (e.getCause() instanceof SettingsException bad) {
                throw new SettingsException("The profiles file " + file + " holds a profile that cannot be used"
                        + where + ": " + bad.getMessage());
            }
            // Jackson's own text may quote the file; the place is enough
            throw new SettingsException("The profiles file " + file + " is not a valid list of profiles" + where
                    + "; fix it or move it aside.");
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new SettingsException("The profiles file " + file + " cannot be read (" + firstLine(e)
                    + "); fix it or move it aside.");
        }
    }

    public Optional<Profile> get(String name) {
        return list().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The named profile, or a sentence listing the ones there are. */
    public Profile require(String name) {
        return get(name).orElseThrow(() -> new SettingsException("There is no profile named '" + Echo.of(name) + "' ("
                + (list().isEmpty() ? "none exist yet" : "there are: " + String.join(", ",
                        list().stream().map(Profile::name).toList())) + "); create it with `profile add`."));
    }

    /** Adds the profile, or replaces the one of the same name. */
    public void save(Profile profile) {
        List<Profile> all = new ArrayList<>(list());
        all.removeIf(p -> p.name().equals(profile.name()));
        all.add(profile);
        write(all);
    }

    public boolean remove(String name) {
        List<Profile> all = new ArrayList<>(list());
        boolean removed = all.removeIf(p -> p.name().equals(name));
        if (removed) {
            write(all);
        }
        return removed;
    }

    /** What an import did: the profile saved, and whether a password went to the password file. */
    public record Imported(Profile profile, boolean passwordSaved) {
    }

    /**
     * Saves a profile read from an API {@code .env} file and, when the file has a DB_PASSWORD, keeps it in
     * {@code passFile} (mode 0600, other lines kept). The profile file itself never holds a password.
     */
    public Imported importEnvFile(String name, Path envFile, boolean readOnly, Path passFile) {
        Profile p = fromEnvFile(name, envFile, readOnly);
        save(p);
        EnvFile.Entry pw = EnvFile.read(envFile).get("DB_PASSWORD");
        if (pw == null || pw.value().isEmpty()) {
            return new Imported(p, false);
        }
        try {
            PgPass.save(passFile, p.host(), p.port(), p.database(), p.user(), pw.value());
        } catch (IOException e) {
            throw new SettingsException("The profile is saved, but the password could not be written to " + passFile
                    + " (" + e.getMessage() + "); check that folder's permissions.");
        } catch (SettingsException e) {
            throw new SettingsException("The profile " + p.name() + " is saved, but "
                    + Character.toLowerCase(e.getMessage().charAt(0)) + e.getMessage().substring(1));
        }
        return new Imported(p, true);
    }

    /** A profile from an API {@code .env} file's DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_SSLMODE, DB_SSLROOTCERT. */
    public static Profile fromEnvFile(String name, Path envFile, boolean readOnly) {
        EnvFile env = EnvFile.read(envFile);
        String port = value(env, "DB_PORT", "5432");
        int p;
        try {
            p = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new SettingsException("DB_PORT in " + envFile + " is not a number: set it to the server's port,"
                    + " e.g. 5432.");
        }
        return new Profile(name, value(env, "DB_HOST", "localhost"), p, value(env, "DB_NAME", "aurelius"),
                value(env, "DB_USER", "aurelius"), env.get("DB_SSLMODE") == null ? null : env.get("DB_SSLMODE").value(),
                readOnly, rootCert(env, envFile));
    }

    /** DB_SSLROOTCERT of the file; a relative name is taken from the file's folder, as the API would run there. */
    private static String rootCert(EnvFile env, Path envFile) {
        EnvFile.Entry e = env.get("DB_SSLROOTCERT");
        if (e == null || e.value().isBlank()) {
            return null;
        }
        Path dir = envFile.toAbsolutePath().getParent();
        String v = e.value().strip();
        return v.startsWith("~") || dir == null ? v : dir.resolve(v).normalize().toString();
    }

    private static String value(EnvFile env, String key, String fallback) {
        EnvFile.Entry e = env.get(key);
        return e == null || e.value().isBlank() ? fallback : e.value();
    }

    /** Writes through a symbolic link (the link stays), like the password file. */
    private void write(List<Profile> all) {
        try {
            Path target = SettingsFiles.writeTarget(file);
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".profiles", ".tmp");
            try {
                JSON.writeValue(tmp.toFile(), all.stream().sorted(Comparator.comparing(Profile::name)).toList());
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new SettingsException("The profiles file " + file + " cannot be written (" + e.getMessage()
                    + "); check the folder's permissions and free space.");
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
