package io.aurelius.admin.ui.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveParser;
import io.aurelius.admin.results.CurveProblem;
import io.aurelius.admin.results.GateResults;
import io.aurelius.admin.results.MetricsView;
import io.aurelius.admin.results.Trades;
import io.aurelius.admin.results.WalkForwardWindows;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.strategy.ParamNode;
import io.aurelius.admin.ui.validation.WindowCells;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The defects the JSON sweep found, one by one: JSON past Jackson's reading limits (2,000 levels of nesting, numbers
 * of 1,500 and 20,000 digits) said in a sentence or read after all, 1e308 never written out as 309 digits, blank
 * keys named.
 */
class ReadingLimitsTest {

    static final String DEEP = "[".repeat(2_000) + "1" + "]".repeat(2_000);
    static final String LONG_NUMBER = "9".repeat(1_500);
    static final String TOO_LONG_NUMBER = "7".repeat(20_000);

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Trades, windows, gate results, metrics and parameters nested"
            + " 2,000 levels deep say so in a sentence naming the 1,000-level limit, not as broken JSON.")
    void jsonNestedPastTheLimitIsSaidInASentence() {
        String trades = "[{\"symbol\": \"SPY\", \"note\": " + DEEP + "}]";
        assertThat(Trades.parse(trades).problem()).isEqualTo("The trades cannot be read: the JSON nests arrays and"
                + " objects more than 1,000 levels deep.");
        assertThat(WalkForwardWindows.parse("[{\"window_id\": 1, \"x\": " + DEEP + "}]").problem())
                .isEqualTo("The windows cannot be read: the JSON nests arrays and objects more than 1,000 levels deep.");
        assertThat(GateResults.read("dev", "{\"checks\": " + DEEP + "}", null, null).problem())
                .startsWith("The results cannot be read: the JSON nests");
        assertThat(ParamNode.parse("{\"a\": " + DEEP + "}").value()).startsWith("The parameters cannot be read:");
        assertThat(new io.aurelius.admin.query.BacktestReport("b", "s", "S", "", "", 1, "", "completed", null,
                "{\"sharpe_ratio\": 1, \"x\": " + DEEP + "}", null, null, null).metrics().problem())
                .isEqualTo("The metrics cannot be read: the JSON nests arrays and objects more than 1,000 levels deep.");
        // just under the limit, everything reads
        String deepButReadable = "[".repeat(900) + "1" + "]".repeat(900);
        assertThat(Trades.parse("[{\"symbol\": \"SPY\", \"note\": " + deepButReadable + "}]").rows()).hasSize(1);
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "A 1,500-digit number is read as an unreadable value in its"
            + " place, the rest shown; one of 20,000 digits is said in a sentence naming the limit.")
    void longNumbersAreReadOrSaid() {
        assertThat(Trades.parse("[{\"price\": " + LONG_NUMBER + "}, {\"price\": 1}]").rows()).hasSize(2);
        assertThat(Trades.parse("[{\"price\": " + TOO_LONG_NUMBER + "}]").problem())
                .isEqualTo("The trades cannot be read: the JSON holds a number of more than 10,000 digits.");
        MetricsView m = MetricsView.of(io.aurelius.admin.results.Json.MAPPER.createObjectNode()
                .put("sharpe_ratio", new java.math.BigDecimal(LONG_NUMBER)));
        assertThat(m.reading("sharpe_ratio").display()).isEqualTo("too large (1,500 digits)");
        assertThat(io.aurelius.admin.results.Json.shortNumber("1" + "0".repeat(308))).isEqualTo("too large (309 digits)");
        assertThat(io.aurelius.admin.results.Json.shortNumber("12345")).isEqualTo("12345");
        Curve c = (Curve) CurveParser.parse("[100, " + LONG_NUMBER + ", 101]");
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(((CurveProblem) CurveParser.parse("[100, " + TOO_LONG_NUMBER + "]")).message())
                .isEqualTo("The equity curve cannot be read: the JSON holds a number of more than 10,000 digits.");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "A curve point holding 2,000 levels of nesting is one unreadable"
            + " point; the rest of the curve draws.")
    void aDeeplyNestedCurvePointIsOnlyThatPoint() {
        String curve = "[{\"timestamp\": 1700000000, \"equity\": 100},"
                + " {\"timestamp\": 1700086400, \"equity\": " + DEEP + "},"
                + " {\"timestamp\": 1700172800, \"equity\": 102, \"debug\": " + DEEP.replace("[", "{\"a\": ")
                .replace("]", "}") + "}]";
        Curve c = (Curve) CurveParser.parse(curve);
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.values()).containsExactly(100, 102);
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Values of ±1e308 show as 1.00e+308 in metrics, windows, gates"
            + " and tabs, never as a 309-digit number.")
    void hugeNumbersAreWrittenShort() {
        assertThat(Formats.decimal(1e308, 2)).isEqualTo("1.00e+308");
        assertThat(Formats.decimal(-1e308, 1)).isEqualTo("-1.00e+308");
        assertThat(Formats.decimal(1234.5, 2, Locale.ROOT)).isEqualTo("1,234.50");
        assertThat(Formats.decimal(5e-324, 2, Locale.ROOT)).isEqualTo("0.00");
        MetricsView m = MetricsView.of(io.aurelius.admin.results.Json.MAPPER.createObjectNode()
                .put("total_return", 1e308).put("sharpe_ratio", -1e308).put("total_trades", 1e300));
        assertThat(m.reading("total_return").display()).isEqualTo("1.00e+308 %");
        assertThat(m.reading("sharpe_ratio").display()).isEqualTo("-1.00e+308");
        assertThat(m.reading("total_trades").display()).isEqualTo("1.00e+300");
        assertThat(WindowCells.number("train_sharpe", 1e308)).isEqualTo("1.00e+308");
        assertThat(WindowCells.number("window_id", 1e20)).isEqualTo("1.0000e+20");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Empty and blank JSON keys show as (no name) in column headers"
            + " and trees, never as a blank header.")
    void blankKeysAreNamed() {
        assertThat(Formats.name("")).isEqualTo("(no name)");
        assertThat(Formats.name("   ")).isEqualTo("(no name)");
        assertThat(Formats.name("price")).isEqualTo("price");
        assertThat(WindowCells.header("")).isEqualTo("(no name)");
        assertThat(ParamNode.parse("{\"\": 1, \" \": 2}").children()).extracting(ParamNode::key)
                .as("the tree keeps the stored keys; its cells show them").containsExactly("", " ")
                .allSatisfy(k -> assertThat(io.aurelius.admin.ui.common.Formats.name(k)).isEqualTo("(no name)"));
        assertThat(GateResults.read("dev", "{\"checks\": [{\"check_name\": \"\", \"passed\": true}]}", null, null)
                .checks().get(0).name()).isEqualTo("check 1");
    }

    @Test
    void anEmptyObjectOfTradesIsNoTrade() {
        assertThat(Trades.parse("{}").problem()).isEqualTo("The trades are an empty object, not an array of trades.");
        assertThat(Trades.parse("{}").rows()).isEmpty();
    }
}
