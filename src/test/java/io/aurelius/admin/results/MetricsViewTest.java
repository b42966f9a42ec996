package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurelius.admin.results.MetricReading.Status;
import io.aurelius.admin.results.MetricReading.Unit;
import org.junit.jupiter.api.Test;

class MetricsViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static MetricsView view(String json) throws Exception {
        return MetricsView.of(JSON.readTree(json));
    }

    @Test
    void keyStatisticsInFixedOrderWithUnits() throws Exception {
        MetricsView v = view("{\"calmar_ratio\": 0.8, \"total_return\": 12.345, \"sharpe_ratio\": \"1.52\","
                + " \"max_drawdown\": -15.2, \"win_rate\": \"55%\", \"total_trades\": 1234, \"avg_trade\": 0.0012}");
        assertThat(v.key()).extracting(MetricReading::key).containsExactly("total_return", "sharpe_ratio",
                "sortino_ratio", "max_drawdown", "win_rate", "profit_factor", "total_trades", "avg_trade",
                "calmar_ratio");
        assertThat(v.reading("total_return").unit()).isEqualTo(Unit.PERCENT);
        assertThat(v.reading("total_return").display()).isEqualTo("12.35 %");
        assertThat(v.reading("sharpe_ratio").value()).isEqualTo(1.52);
        assertThat(v.reading("sharpe_ratio").display()).isEqualTo("1.52");
        assertThat(v.reading("max_drawdown").display()).isEqualTo("-15.20 %");
        assertThat(v.reading("win_rate").value()).isEqualTo(55);
        assertThat(v.reading("total_trades").display()).isEqualTo("1,234");
        assertThat(v.reading("avg_trade").display()).isEqualTo("0.001200");
        assertThat(v.reading("sortino_ratio").status()).isEqualTo(Status.MISSING);
        assertThat(v.reading("sortino_ratio").display()).isEqualTo("—");
        assertThat(v.others()).isEmpty();
        assertThat(v.problem()).isNull();
    }

    @Test
    void unreadableValuesKeepTheirRawText() throws Exception {
        MetricsView v = view("{\"sharpe_ratio\": \"n/a\", \"sortino_ratio\": null, \"profit_factor\": true,"
                + " \"calmar_ratio\": \"Infinity\", \"total_return\": {\"value\": 3}}");
        assertThat(v.reading("sharpe_ratio").status()).isEqualTo(Status.UNREADABLE);
        assertThat(v.reading("sharpe_ratio").display()).isEqualTo("n/a");
        assertThat(v.reading("sortino_ratio").status()).isEqualTo(Status.MISSING);
        assertThat(v.reading("profit_factor").raw()).isEqualTo("true");
        assertThat(v.reading("calmar_ratio").readable()).isFalse();
        assertThat(v.reading("total_return").raw()).isEqualTo("{\"value\":3}");
        assertThat(v.others()).extracting(MetricEntry::path).containsExactly("total_return", "total_return.value");
    }

    @Test
    void unknownAndNestedKeysAreKeptAsATree() throws Exception {
        MetricsView v = view("{\"sharpe_ratio\": 1, \"cagr\": \"0.12\", \"run\": {\"id\": \"abc\", \"seed\": 7,"
                + " \"parity\": {\"passed\": true, \"checks\": [{\"name\": \"fills\"}, 2]}}, \"note\": null,"
                + " \"名前\": \"<b>x\\ty</b>\"}");
        assertThat(v.others()).extracting(MetricEntry::path).containsExactly("cagr", "run", "run.id", "run.seed",
                "run.parity", "run.parity.passed", "run.parity.checks", "run.parity.checks[0]",
                "run.parity.checks[0].name", "run.parity.checks[1]", "note", "名前");
        assertThat(v.others()).extracting(MetricEntry::depth).containsExactly(0, 0, 1, 1, 1, 2, 2, 3, 4, 3, 0, 0);
        MetricEntry cagr = v.others().get(0);
        assertThat(cagr.kind()).isEqualTo(MetricEntry.Kind.TEXT);
        assertThat(cagr.number()).isEqualTo(0.12);
        assertThat(v.others().get(1).text()).isEqualTo("3 keys");
        assertThat(v.others().get(1).isContainer()).isTrue();
        assertThat(v.others().get(5).kind()).isEqualTo(MetricEntry.Kind.BOOLEAN);
        assertThat(v.others().get(6).text()).isEqualTo("2 items");
        assertThat(v.others().get(10).kind()).isEqualTo(MetricEntry.Kind.NULL);
        assertThat(v.others().get(11).text()).isEqualTo("<b>x\ty</b>");
    }

    @Test
    void longArraysAreCapped() throws Exception {
        StringBuilder a = new StringBuilder("{\"series\": [0");
        for (int i = 1; i < 1500; i++) {
            a.append(',').append(i);
        }
        MetricsView v = view(a.append("]}").toString());
        assertThat(v.others()).hasSize(1 + MetricsView.MAX_ITEMS + 1);
        assertThat(v.others().get(v.others().size() - 1).text()).isEqualTo("500 more items (see the raw JSON)");
    }

    @Test
    void noMetricsOrTheWrongShape() throws Exception {
        MetricsView none = MetricsView.of(null);
        assertThat(none.problem()).isEqualTo("No metrics are stored for this backtest.");
        assertThat(none.key()).hasSize(9).allMatch(r -> r.status() == Status.MISSING);
        assertThat(view("null").problem()).isNotNull();
        MetricsView array = view("[1, \"x\"]");
        assertThat(array.problem()).contains("an array");
        assertThat(array.others()).extracting(MetricEntry::path).containsExactly("$", "$[0]", "$[1]");
        assertThat(view("\"n/a\"").problem()).contains("a single value");
    }
}
