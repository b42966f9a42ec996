package io.aurelius.admin.localserver;

import io.aurelius.admin.db.DatabaseException;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operating-system account the private server runs as. Normally the app's own user; when the app runs as
 * root (which PostgreSQL refuses) an unprivileged account: the owner of an existing data directory, else
 * {@code postgres}, {@code _postgres} (macOS) or {@code nobody}. Programs then run through {@code runuser},
 * {@code setpriv} or {@code sudo -n}, and the folders the server writes are handed to that account.
 */
final class ServerAccount {

    private static final List<String> CANDIDATES = List.of("postgres", "_postgres", "nobody");
    private static final List<String> SYSTEM_DIRS = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    private final String name;
    private final List<String> prefix;

    private ServerAccount(String name, List<String> prefix) {
        this.name = name;
        this.prefix = List.copyOf(prefix);
    }

    /** The app's own user: programs run directly. */
    static ServerAccount currentUser() {
        return new ServerAccount(System.getProperty("user.name", "?"), List.of());
    }

    /** The account for this data directory (see the class comment); never root. */
    static ServerAccount forDataDir(Path dataDir) {
        if (!isRoot()) {
            return currentUser();
        }
        String account = nameFor(dataDir).orElseThrow(() -> new DatabaseException("The app runs as root, which"
                + " PostgreSQL refuses, and none of the accounts " + String.join(", ", CANDIDATES) + " exists to"
                + " run the private server: run the app as a normal user."));
        return new ServerAccount(account, switchPrefix(account));
    }

    /** The account's name alone (no programs are looked for); empty when root has no account to use. */
    static Optional<String> nameFor(Path dataDir) {
        if (!isRoot()) {
            return Optional.of(System.getProperty("user.name", "?"));
        }
        return existingOwner(dataDir).filter(o -> !o.equals("root"))
                .or(() -> CANDIDATES.stream().filter(ServerAccount::exists).findFirst());
    }

    /** True when the server runs as another account than the app. */
    boolean switched() {
        return !prefix.isEmpty();
    }

    String name() {
        return name;
    }

    /** "running as root: the private server runs as user postgres", or empty when no switch happens. */
    Optional<String> note() {
        return switched() ? Optional.of("running as root: the private server runs as user " + name)
                : Optional.empty();
    }

    /** The command, run as this account. */
    List<String> command(List<String> command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        return all;
    }

    /** Hands a file or folder to this account (no-op without a switch). */
    void own(Path path) throws IOException {
        if (switched()) {
            Files.setOwner(path, lookup().lookupPrincipalByName(name));
        }
    }

    /** Whether this account can enter the folder (every parent must let it pass). */
    boolean canEnter(Path dir) {
        if (!switched()) {
            return true;
        }
        return Processes.run(command(List.of("test", "-x", dir.toString())), null, Duration.ofSeconds(10)).ok();
    }

    static boolean isRoot() {
        if (ServerBinaries.windows()) {
            return false;
        }
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Optional<String> existingOwner(Path dir) {
        try {
            return Files.isDirectory(dir) ? Optional.of(Files.getOwner(dir).getName()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean exists(String account) {
        try {
            lookup().lookupPrincipalByName(account);
            return true;
        } catch (UserPrincipalNotFoundException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> switchPrefix(String account) {
        Optional<Path> runuser = find("runuser");
        if (runuser.isPresent()) {
            return List.of(runuser.get().toString(), "-u", account, "--");
        }
        Optional<Path> setpriv = find("setpriv");
        if (setpriv.isPresent()) {
            return List.of(setpriv.get().toString(), "--reuid=" + account, "--regid=" + primaryGroup(account),
                    "--init-groups", "--");
        }
        Optional<Path> sudo = find("sudo");
        if (sudo.isPresent()) {
            return List.of(sudo.get().toString(), "-n", "-u", account, "--");
        }
        throw new DatabaseException("The app runs as root, which PostgreSQL refuses, and neither runuser, setpriv"
                + " nor sudo is installed to run the private server as user " + account + ": install util-linux"
                + " or run the app as a normal user.");
    }

    private static String primaryGroup(String account) {
        Processes.Result r = Processes.run(List.of("id", "-g", account), null, Duration.ofSeconds(10));
        return r.ok() ? r.output().strip() : account;
    }

    private static Optional<Path> find(String program) {
        List<String> dirs = new ArrayList<>(SYSTEM_DIRS);
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, program))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    private static UserPrincipalLookupService lookup() {
        return FileSystems.getDefault().getUserPrincipalLookupService();
    }

    @Override
    public String toString() {
        return name + (switched() ? " (via " + Path.of(prefix.get(0)).getFileName() + ")" : "");
    }
}
