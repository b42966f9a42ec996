package io.aurelius.admin.backup;

import io.aurelius.admin.db.Database;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads what a restore target holds that picking tables depends on: its tables, schemas and foreign keys. */
final class TargetReader {

    private TargetReader() {
    }

    static TablePick.TargetFacts facts(Database db) {
        return db.withConnection(c -> {
            Set<String> tables = new HashSet<>();
            Set<String> schemas = new HashSet<>();
            List<TablePick.ForeignKey> fks = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n"
                        + " ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'pg_catalog'"
                        + " AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_toast%'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1) + "." + rs.getString(2));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace")) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT k.conname, sn.nspname, s.relname, rn.nspname, r.relname"
                        + " FROM pg_constraint k JOIN pg_class s ON s.oid = k.conrelid"
                        + " JOIN pg_namespace sn ON sn.oid = s.relnamespace JOIN pg_class r ON r.oid = k.confrelid"
                        + " JOIN pg_namespace rn ON rn.oid = r.relnamespace WHERE k.contype = 'f'")) {
                    while (rs.next()) {
                        fks.add(new TablePick.ForeignKey(rs.getString(1), rs.getString(2) + "." + rs.getString(3),
                                rs.getString(4) + "." + rs.getString(5)));
                    }
                }
            }
            return new TablePick.TargetFacts(Set.copyOf(tables), Set.copyOf(schemas), List.copyOf(fks));
        });
    }
}
