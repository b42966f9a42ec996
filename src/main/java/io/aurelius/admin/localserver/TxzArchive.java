package io.aurelius.admin.localserver;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks a zonky PostgreSQL binaries archive: a {@code .txz} file, or the {@code .txz} inside a binaries jar.
 * Entries, links and hard links that would land outside the target folder are refused.
 */
final class TxzArchive {

    private TxzArchive() {
    }

    /** Unpacks the .txz (or the .txz inside a jar) into {@code dir}. */
    static void untar(Path archive, Path dir) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (InputStream raw = openTxz(archive);
             XZCompressorInputStream xz = new XZCompressorInputStream(new BufferedInputStream(raw, 1 << 16));
             TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path target = inside(dir, e.getName());
                if (target.equals(dir)) {
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    folders.add(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (e.isSymbolicLink()) {
                    Path link = Path.of(e.getLinkName());
                    if (link.isAbsolute() || !target.getParent().resolve(link).normalize().startsWith(dir)) {
                        throw new IOException("the link " + e.getName() + " points outside the archive");
                    }
                    Files.createSymbolicLink(target, link);
                } else if (e.isLink()) {
                    Path source = inside(dir, e.getLinkName());
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                } else if (e.isFile()) {
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    FileModes.set(target, (e.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--");
                }
                // devices, FIFOs and the like are not part of a PostgreSQL tree: skipped
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                FileModes.set(p, "rwxr-xr-x");
            }
        }
    }

    /** The entry's path inside {@code dir}; an entry that would land outside is an error. */
    private static Path inside(Path dir, String entryName) throws IOException {
        Path target = dir.resolve(entryName).normalize();
        if (!target.startsWith(dir)) {
            throw new IOException("the entry " + entryName + " points outside the archive");
        }
        return target;
    }

    /** The .txz's bytes: the file itself, or the first {@code *.txz} entry of a jar. */
    private static InputStream openTxz(Path archive) throws IOException {
        String name = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        InputStream in = Files.newInputStream(archive);
        if (!name.endsWith(".jar") && !name.endsWith(".zip")) {
            return in;
        }
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in, 1 << 16));
        try {
            ZipEntry z;
            while ((z = zip.getNextEntry()) != null) {
                if (!z.isDirectory() && z.getName().toLowerCase(Locale.ROOT).endsWith(".txz")) {
                    return zip;
                }
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
        zip.close();
        throw new NoSuchFileException(archive + " holds no .txz");
    }

}
