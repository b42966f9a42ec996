package io.aurelius.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two fresh databases, the same seed: identical rows, ids included. Another seed: other rows. */
class DemoDeterminismTest {

    @RegisterExtension
    static final FreshDatabase ONE = new FreshDatabase();
    @RegisterExtension
    static final FreshDatabase TWO = new FreshDatabase();

    static final DemoSpec SPEC = DemoSpec.of(120).withSeed(77).withLargeCurves(3, 200, 12_000);

    static Map<String, String> digests(FreshDatabase db, DemoSpec spec) throws SQLException {
        db.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        try (Services s = Services.connect(db.settings())) {
            s.schema().init();
            new DemoData(s.database()).generate(spec, Progress.NONE, () -> false);
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String t : new String[] {"strategies", "backtests", "validations", "gate_results"}) {
                try (ResultSet rs = st.executeQuery("SELECT md5(string_agg(t::text, E'\\n' ORDER BY id)) FROM " + t
                        + " t")) {
                    rs.next();
                    out.put(t, rs.getString(1));
                }
            }
        }
        return out;
    }

    @Test
    void sameSeedSameRowsOtherSeedOtherRows() throws SQLException {
        Map<String, String> one = digests(ONE, SPEC);
        Map<String, String> two = digests(TWO, SPEC);
        assertThat(one).hasSize(4).doesNotContainValue(null);
        assertThat(two).isEqualTo(one);

        Map<String, String> other = digests(TWO, SPEC.withSeed(78));
        for (String t : one.keySet()) {
            assertThat(other.get(t)).as(t).isNotEqualTo(one.get(t));
        }
    }
}
