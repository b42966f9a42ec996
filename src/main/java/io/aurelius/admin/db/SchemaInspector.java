package io.aurelius.admin.db;

import io.aurelius.admin.db.ExpectedSchema.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the catalog of the connection's current schema and says what it holds. Read-only. */
public final class SchemaInspector {

    public static final String FLYWAY_TABLE = "flyway_schema_history";
    public static final String ALEMBIC_TABLE = "alembic_version";

    private SchemaInspector() {
    }

    public static SchemaReport inspect(Connection c) throws SQLException {
        Set<String> tables = strings(c, "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        Set<String> indexes = strings(c, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()");
        Map<String, Map<String, String>> columns = columns(c);

        List<String> missing = new ArrayList<>();
        List<String> drift = new ArrayList<>();
        Set<String> jsonTypes = new TreeSet<>();
        for (String table : ExpectedSchema.TABLES) {
            if (!tables.contains(table)) {
                missing.add(table);
                continue;
            }
            Map<String, String> actual = columns.getOrDefault(table, Map.of());
            ExpectedSchema.COLUMNS.get(table).forEach((column, kind) -> {
                String type = actual.get(column);
                if (type == null) {
                    drift.add(table + "." + column + " is missing");
                } else if (!kind.accepts(type)) {
                    drift.add(table + "." + column + " is " + type + ", expected " + kind.words());
                } else if (kind == Kind.JSON) {
                    jsonTypes.add(type);
                }
            });
        }
        List<String> missingIndexes = new ArrayList<>();
        for (String index : ExpectedSchema.INDEXES) {
            if (!indexes.contains(index)) {
                missingIndexes.add(index);
            }
        }
        Set<String> others = new TreeSet<>(tables);
        others.removeAll(ExpectedSchema.TABLES);
        others.remove(FLYWAY_TABLE);
        others.remove(ALEMBIC_TABLE);

        String flywayVersion = tables.contains(FLYWAY_TABLE) ? flywayVersion(c) : null;
        String alembicRevision = tables.contains(ALEMBIC_TABLE) ? single(c, "SELECT version_num FROM "
                + ALEMBIC_TABLE + " LIMIT 1") : null;
        String jsonType = jsonTypes.size() == 1 ? jsonTypes.iterator().next()
                : jsonTypes.isEmpty() ? null : "json and jsonb";

        String origin = null;
        if (tables.contains(ALEMBIC_TABLE)) {
            origin = "the API's Alembic migrations" + (alembicRevision == null ? "" : ", revision " + alembicRevision);
        } else if ("json".equals(jsonType)) {
            origin = "the API's init_db.py, json columns";
        } else if (jsonType != null) {
            origin = "the guide's DDL run by hand, " + jsonType + " columns";
        }

        boolean anyPresent = missing.size() < ExpectedSchema.TABLES.size();
        SchemaReport.State state;
        if (!anyPresent && flywayVersion == null) {
            state = others.isEmpty() ? SchemaReport.State.EMPTY : SchemaReport.State.OTHER_TABLES_ONLY;
        } else if (!missing.isEmpty()) {
            state = SchemaReport.State.PARTIAL;
        } else if (!drift.isEmpty()) {
            state = SchemaReport.State.DRIFTED;
        } else if (flywayVersion != null) {
            state = SchemaReport.State.MANAGED;
        } else {
            state = SchemaReport.State.FOREIGN;
        }
        return new SchemaReport(state, origin, flywayVersion, List.copyOf(missing), List.copyOf(drift),
                List.copyOf(missingIndexes), List.copyOf(others), jsonType);
    }

    /** True when the schema holds no relation at all (Flyway's own notion of empty). */
    static boolean hasNoTables(Connection c) throws SQLException {
        return strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                .isEmpty();
    }

    private static String flywayVersion(Connection c) throws SQLException {
        return single(c, "SELECT version FROM " + FLYWAY_TABLE
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
    }

    private static Map<String, Map<String, String>> columns(Connection c) throws SQLException {
        Map<String, Map<String, String>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", ExpectedSchema.TABLES.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
        }
        return result;
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
