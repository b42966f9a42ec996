package io.aurelius.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Strings that break naive COPY or JSON writers survive both layers of escaping, through the app's pool. */
class CopyWriterTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static final List<String> NASTY = new ArrayList<>(List.of(Words.HOSTILE_NAMES));

    static {
        NASTY.addAll(List.of(Words.HOSTILE_DESCRIPTIONS));
        NASTY.addAll(List.of("\\N", "\\", "\\\\", "\"", "a\\tb", "\u0001\u001f\u007f", "\b\f", "\r", "\u2028\u2029",
                "tab at end\t", "é ü ß ø", "𝄞 G clef", "back\\slash \"quote\" \\\"both\\\"", "lone \ud800 surrogate"));
    }

    @Test
    void textAndJsonRoundTripThroughCopyViaThePooledConnection() throws Exception {
        DB.sql("CREATE TABLE t (n int, txt text, j jsonb, js json)");
        try (Services s = Services.connect(DB.settings())) {
            s.database().withConnection(c -> {
                CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY t (n, txt, j, js) FROM STDIN");
                CopyWriter w = new CopyWriter(in::writeToCopy, 256); // tiny buffer: rows span many flushes
                for (int i = 0; i < NASTY.size(); i++) {
                    String v = NASTY.get(i);
                    w.integer(i).text(v);
                    w.json().startObject().name(v).str(v).name("arr").startArray().str(v).num(-1.5, 2).jnull()
                            .jbool(true).endArray().endObject();
                    w.json().startArray().str(v).endArray();
                    w.endRow();
                }
                w.integer(-1).nul().json().jnull().json().startObject().endObject().endRow();
                w.flush();
                in.endCopy();
                return null;
            });
        }
        try (Connection c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT n, txt, j->>txt, j->'arr'->>0, j->'arr'->>1, js->>0 FROM t"
                     + " WHERE n >= 0 ORDER BY n")) {
            int i = 0;
            while (rs.next()) {
                String expected = NASTY.get(i).replace('\ud800', '\ufffd');
                assertThat(rs.getInt(1)).isEqualTo(i);
                assertThat(rs.getString(2)).isEqualTo(expected);
                assertThat(rs.getString(3)).isEqualTo(expected);
                assertThat(rs.getString(4)).isEqualTo(expected);
                assertThat(rs.getString(5)).isEqualTo("-1.50");
                assertThat(rs.getString(6)).isEqualTo(expected);
                i++;
            }
            assertThat(i).isEqualTo(NASTY.size());
        }
        try (Connection c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT txt IS NULL, j::text, js::text FROM t WHERE n = -1")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
            assertThat(rs.getString(2)).isEqualTo("null");
            assertThat(rs.getString(3)).isEqualTo("{}");
        }
    }

    @Test
    void datesAndBusinessDays() {
        assertThat(DemoDates.civil(DemoDates.epochDay(2024, 2, 29))).containsExactly(2024, 2, 29);
        assertThat(DemoDates.civil(0)).containsExactly(1970, 1, 1);
        long friday = DemoDates.epochDay(2025, 11, 21);
        assertThat(DemoDates.dayOfWeek(friday)).isEqualTo(4);
        assertThat(DemoDates.addBusinessDays(friday, 1)).isEqualTo(friday + 3);
        assertThat(DemoDates.addBusinessDays(friday, -5)).isEqualTo(friday - 7);
        assertThat(DemoDates.addBusinessDays(friday + 3, -1)).isEqualTo(friday);
        assertThat(DemoDates.businessDayOnOrBefore(friday + 2)).isEqualTo(friday);
    }

    @Test
    void demoIdsCarryTheMark() {
        String id = DemoRandom.uuid(DemoRandom.stream(1, 1, 1));
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-8de[0-9a-f]-[0-9a-f]{12}");
        assertThat(DemoRandom.isDemoId(id)).isTrue();
        assertThat(DemoRandom.isDemoId(java.util.UUID.randomUUID().toString())).isFalse();
        assertThat(DemoRandom.uuid(DemoRandom.stream(1, 1, 1))).isEqualTo(id);
    }
}
