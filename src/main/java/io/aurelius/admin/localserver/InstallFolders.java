package io.aurelius.admin.localserver;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * PostgreSQL install folders written with one {@code *} for a version, e.g. {@code usr/lib/postgresql/*}{@code /bin},
 * resolved against a file-system root (a fake tree in tests). Shared by the private server's binary search and
 * the backup tools' search.
 */
public final class InstallFolders {

    private InstallFolders() {
    }

    /** The existing paths the pattern names, sorted by name; a pattern without {@code *} is returned as is. */
    public static List<Path> expand(Path root, String pattern) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return List.of(root.resolve(pattern));
        }
        int slashBefore = pattern.lastIndexOf('/', star);
        int slashAfter = pattern.indexOf('/', star);
        Path parent = slashBefore < 0 ? root : root.resolve(pattern.substring(0, slashBefore));
        String segment = pattern.substring(slashBefore + 1, slashAfter < 0 ? pattern.length() : slashAfter);
        String rest = slashAfter < 0 ? "" : pattern.substring(slashAfter + 1);
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, segment)) {
            for (Path p : ds) {
                out.add(rest.isEmpty() ? p : p.resolve(rest));
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }
}
