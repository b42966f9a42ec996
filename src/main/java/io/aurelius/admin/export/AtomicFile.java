package io.aurelius.admin.export;

import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way exports reach the disk: the work writes {@code NAME.partial} next to the target, which becomes
 * {@code NAME} (replacing an earlier file) only when the work finished and was not cancelled; a failure or a
 * cancel deletes the partial file, so a file with the wanted name is always complete.
 */
public final class AtomicFile {

    private static final Logger log = LoggerFactory.getLogger(AtomicFile.class);

    private AtomicFile() {
    }

    /** Writes to the partial file it is given. */
    @FunctionalInterface
    public interface Work<R> {
        R into(Path partial) throws IOException;
    }

    /** Where the bytes go until the export is complete: {@code NAME.partial} next to the target. */
    public static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    /**
     * Runs {@code work} on the partial file, then moves it into place. Throws {@link CancelledException} when
     * {@code cancel} was requested (also when the work noticed it first) and an {@link UncheckedIOException}
     * with one sentence naming the file otherwise.
     */
    public static <R> R write(Path target, Cancel cancel, Work<R> work) {
        Path partial = partialOf(target);
        boolean done = false;
        try {
            R result = work.into(partial);
            if (cancel != null && cancel.requested()) {
                throw new CancelledException("Stopped, as asked; no file was written.");
            }
            move(partial, target);
            done = true;
            return result;
        } catch (IOException e) {
            throw failed(target, e);
        } catch (UncheckedIOException e) {
            throw failed(target, e.getCause());
        } finally {
            if (!done) {
                deleteQuietly(partial);
            }
        }
    }

    private static UncheckedIOException failed(Path target, IOException e) {
        return new UncheckedIOException("Could not write " + target + ": " + why(e, target), e);
    }

    private static String why(IOException e, Path target) {
        if (e instanceof NoSuchFileException) {
            return "the folder " + target.toAbsolutePath().getParent() + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void move(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            log.warn("Could not remove the unfinished export {}: {}", partial, e.getMessage());
        }
    }
}
