package io.aurelius.admin.ui.database;

import io.aurelius.admin.config.ConnectionSettings;
import java.util.List;

/** One connection setting as the screen lists it: its name, its value and where the value came from. */
public record SettingRow(String name, String value, String source) {

    /** The rows for the settings in use; the password shows only whether one is set. */
    static List<SettingRow> of(ConnectionSettings s) {
        List<SettingRow> rows = new java.util.ArrayList<>(List.of(
                new SettingRow("Host", s.host(), s.sourceOf("host")),
                new SettingRow("Port", Integer.toString(s.port()), s.sourceOf("port")),
                new SettingRow("Database", s.database(), s.sourceOf("database")),
                new SettingRow("User", s.user(), s.sourceOf("user")),
                new SettingRow("Password", s.hasPassword() ? "set" : "none", s.sourceOf("password")),
                new SettingRow("SSL mode", s.sslmode() == null ? "driver default (prefer)" : s.sslmode(),
                        s.sourceOf("sslmode"))));
        if (s.sslrootcert() != null) {
            rows.add(new SettingRow("SSL root certificate", s.sslrootcert(), s.sourceOf("sslrootcert")));
        }
        return List.copyOf(rows);
    }
}
