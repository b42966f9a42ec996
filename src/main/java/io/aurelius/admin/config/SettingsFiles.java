package io.aurelius.admin.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reading and writing the small settings files ({@code .env}, the password file, {@code profiles.json}) so that
 * a hostile one cannot hang the app or eat its memory: only regular files are opened (never a pipe, which would
 * block, or a device such as {@code /dev/zero}, which never ends), at most {@link #MAX_BYTES} are read, and a
 * symbolic link is followed as libpq follows one. Every fault is a phrase naming the file, what is wrong and
 * the fix; never the file's contents.
 */
final class SettingsFiles {

    /** A settings file larger than this is refused (the biggest real ones are a few kilobytes). */
    static final int MAX_BYTES = 1024 * 1024;

    /** Why a settings file was not read: a phrase ("the password file X is a folder ...; fix it"). */
    static final class Unreadable extends Exception {
        private final String phrase;

        Unreadable(String phrase) {
            super(phrase, null, false, false);
            this.phrase = phrase;
        }

        /** Lower-case start, no full stop: for use inside another sentence. */
        String phrase() {
            return phrase;
        }

        /** The phrase as a sentence. */
        String sentence() {
            return phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1) + ".";
        }
    }

    private SettingsFiles() {
    }

    /**
     * Checks that the file (or what its link points to) is a regular file of at most {@link #MAX_BYTES}.
     *
     * @param what "settings file", "password file", "profiles file"
     */
    static void requireRegular(Path file, String what) throws Unreadable {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Unreadable(danglingLink(file, what));
        } catch (IOException e) {
            throw new Unreadable("the " + what + " " + file + " cannot be read (" + reason(e) + "); check its owner"
                    + " and permissions");
        }
        if (a.isDirectory()) {
            throw new Unreadable("the " + what + " " + file + " is a folder, not a file, so it was not read;"
                    + " put a text file in its place");
        }
        if (!a.isRegularFile()) {
            throw new Unreadable("the " + what + " " + file + " is not a regular file (it is a pipe, device or"
                    + " socket), so it was not read; put a text file in its place");
        }
        if (a.size() > MAX_BYTES) {
            throw tooLarge(file, what, a.size());
        }
    }

    /** The bytes of a regular file of at most {@link #MAX_BYTES} (checked again while reading: /proc lies). */
    static byte[] read(Path file, String what) throws Unreadable {
        requireRegular(file, what);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file, what, -1);
            }
            return bytes;
        } catch (IOException e) {
            throw new Unreadable("the " + what + " " + file + " cannot be read (" + reason(e) + "); check its owner"
                    + " and permissions");
        }
    }

    /**
     * Where writing {@code file} should go: the file a symbolic link points to (so the link stays, and libpq,
     * which follows it, reads what we wrote), else the file itself.
     */
    static Path writeTarget(Path file) throws IOException {
        Path p = file.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        if (Files.isSymbolicLink(p)) {
            throw new IOException("too many levels of symbolic links at " + file);
        }
        return p;
    }

    /** True when the file is absent (a dangling link counts as present: it is a fault to report). */
    static boolean absent(Path file) {
        return !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static String danglingLink(Path file, String what) {
        if (Files.isSymbolicLink(file)) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                target = "a missing file";
            }
            return "the " + what + " " + file + " is a link to " + target + ", which does not exist; fix or remove"
                    + " the link";
        }
        return "the " + what + " " + file + " does not exist; check the path";
    }

    private static Unreadable tooLarge(Path file, String what, long size) {
        String mb = size < 0 ? "" : String.format(Locale.ROOT, " (%.1f MB)", size / 1048576.0);
        return new Unreadable("the " + what + " " + file + " is larger than 1 MB" + mb + ", so it was not read;"
                + " check that it is the right file, and keep only its settings in it");
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
