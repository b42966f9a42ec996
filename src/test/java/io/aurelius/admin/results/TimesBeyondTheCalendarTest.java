package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A time stored beyond what a calendar (and {@link Instant}) holds, in a curve or a trade, is an unreadable time
 * like any other: the point is left out and counted, the trade's cell keeps its text; nothing throws. Readable
 * times are the years 1 to 9999, what the screens print as dates.
 */
class TimesBeyondTheCalendarTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e30", "-1e30", "\"1e30\"", "1e308", "-1e308", "1e22", "-1e20", "-99999999999",
        "99999999999999999999999", "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01\"", "\"0000-12-31\"",
        "\"+10000-01-01\"", "-62135596801",
        "\"" + "9999999999999999999999999999999999999" + "\""})
    @Proves(value = Reliability.HOSTILE_JSON, how = "Parses a curve and trades whose one timestamp is beyond the"
            + " calendar: that point is left out and counted, the trade's time stays text, nothing throws.")
    void aTimeBeyondTheCalendarIsUnreadable(String time) {
        String json = "[{\"timestamp\": 1600000000, \"equity\": 100}, {\"timestamp\": " + time
                + ", \"equity\": 101}, {\"timestamp\": 1600086400, \"equity\": 102}]";
        CurveResult r = CurveParser.parse(json);
        assertThat(r).isInstanceOf(Curve.class);
        Curve c = (Curve) r;
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(c.instant(1)).isEqualTo(Instant.ofEpochSecond(1600086400));

        TradeTable t = Trades.parse("[{\"timestamp\": " + time + ", \"exit_time\": " + time + "}]");
        assertThat(t.rows().get(0).cell("timestamp").type()).isNotEqualTo(TradeCell.Type.INSTANT);
        assertThat(t.rows().get(0).cell("exit_time").display()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-62135596800", "253402300799", "\"0001-01-01\"", "\"9999-12-31T23:59:59Z\"",
        "253402300799000", "-62135596800000000"})
    void theFirstAndLastSecondOfTheCalendarAreRead(String time) {
        Curve c = (Curve) CurveParser.parse("[{\"timestamp\": " + time + ", \"equity\": 1}]");
        assertThat(c.hasTimestamps()).isTrue();
        assertThat(c.skipped()).isZero();
        TradeTable t = Trades.parse("[{\"timestamp\": " + time + "}]");
        assertThat(t.rows().get(0).cell("timestamp").type()).isEqualTo(TradeCell.Type.INSTANT);
    }
}
