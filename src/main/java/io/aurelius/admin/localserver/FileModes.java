package io.aurelius.admin.localserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** POSIX permission bits where the file system has them; a no-op elsewhere (Windows). */
final class FileModes {

    private FileModes() {
    }

    static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Sets the mode, e.g. "rw-------". */
    static void set(Path p, String mode) throws IOException {
        if (posix(p)) {
            Files.getFileAttributeView(p, PosixFileAttributeView.class)
                    .setPermissions(PosixFilePermissions.fromString(mode));
        }
    }

    /** Writes a secret into a new file that is never readable by others, not even for an instant. */
    static void writeSecret(Path file, String secret) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8);
    }

    static String mode(Path p) throws IOException {
        return posix(p) ? PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) : "";
    }
}
