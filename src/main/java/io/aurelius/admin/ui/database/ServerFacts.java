package io.aurelius.admin.ui.database;

import io.aurelius.admin.db.ServerInfo;
import io.aurelius.admin.ui.common.Formats;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the last connect or check learned about the server, as text for the screen. */
public final class ServerFacts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String NONE = "—";

    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper roundTrip = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper signedIn = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper checkedAt = new ReadOnlyStringWrapper(NONE);

    void show(ServerInfo info) {
        if (info == null) {
            version.set(NONE);
            roundTrip.set(NONE);
            signedIn.set(NONE);
            checkedAt.set(NONE);
            return;
        }
        version.set(info.displayVersion());
        roundTrip.set(Formats.millis(info.roundTripMillis()));
        signedIn.set(info.user() + (info.readOnly() ? " (read-only)" : ""));
        checkedAt.set(LocalTime.now().format(CLOCK));
    }

    /** "PostgreSQL 15.18". */
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** "0.4 ms": one SELECT 1 on a fresh connection. */
    public ReadOnlyStringProperty roundTripProperty() {
        return roundTrip.getReadOnlyProperty();
    }

    /** The role, "aurelius", with "(read-only)" when the session cannot write. */
    public ReadOnlyStringProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** When the server was last reached, "14:03:27". */
    public ReadOnlyStringProperty checkedAtProperty() {
        return checkedAt.getReadOnlyProperty();
    }
}
