package io.aurelius.admin.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Row identity and time as the AURELIUS API writes them: UUID strings, UTC timestamps without zone. */
final class Ids {
    private Ids() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
