package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradesTest {

    @Test
    void engineFillsWithStrings() {
        TradeTable t = Trades.parse("[{\"symbol\": \"SPY\", \"timestamp\": \"1700000000\", \"side\": \"buy\","
                + " \"quantity\": \"10\", \"price\": \"450.25\", \"commission\": \"1.0\", \"order_id\": 7},"
                + " {\"timestamp\": 1700086400000, \"symbol\": \"SPY\", \"side\": \"sell\", \"quantity\": 10,"
                + " \"price\": 455.5, \"commission\": null, \"tag\": {\"k\": 1}}]");
        assertThat(t.problem()).isNull();
        assertThat(t.note()).isNull();
        assertThat(t.fields()).containsExactly("timestamp", "symbol", "side", "quantity", "price", "commission",
                "order_id", "tag");
        TradeTable.Row buy = t.rows().get(0);
        assertThat(buy.cell("timestamp").type()).isEqualTo(TradeCell.Type.INSTANT);
        assertThat(buy.cell("timestamp").instant()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(buy.cell("quantity").number()).isEqualTo(10);
        assertThat(buy.cell("price").number()).isEqualTo(450.25);
        assertThat(buy.cell("price").display()).isEqualTo("450.25");
        assertThat(buy.cell("side").type()).isEqualTo(TradeCell.Type.TEXT);
        assertThat(buy.cell("tag")).isSameAs(TradeCell.MISSING);
        TradeTable.Row sell = t.rows().get(1);
        assertThat(sell.cell("timestamp").instant()).isEqualTo(Instant.ofEpochSecond(1_700_086_400L));
        assertThat(sell.cell("commission").type()).isEqualTo(TradeCell.Type.NULL);
        assertThat(sell.cell("tag").type()).isEqualTo(TradeCell.Type.JSON);
        assertThat(sell.cell("tag").raw()).isEqualTo("{\"k\":1}");
    }

    @Test
    void isoTimesAndTimeLikeFieldNames() {
        TradeTable t = Trades.parse("[{\"timestamp\": \"2024-01-02 09:30:00\", \"exit_time\": \"2024-01-03T10:00:00Z\","
                + " \"quantity\": \"1700000000\", \"timestamp_note\": \"soon\", \"created_at\": \"n/a\"}]");
        TradeTable.Row r = t.rows().get(0);
        assertThat(r.cell("timestamp").instant()).isEqualTo(Instant.parse("2024-01-02T09:30:00Z"));
        assertThat(r.cell("exit_time").instant()).isEqualTo(Instant.parse("2024-01-03T10:00:00Z"));
        assertThat(r.cell("quantity").type()).isEqualTo(TradeCell.Type.NUMBER);
        assertThat(r.cell("timestamp_note").type()).isEqualTo(TradeCell.Type.TEXT);
        assertThat(r.cell("created_at").type()).isEqualTo(TradeCell.Type.TEXT);
    }

    @Test
    void junkEntriesAreReportedApart() {
        TradeTable t = Trades.parse("[{\"symbol\": \"SPY\"}, \"n/a\", null, [1, 2], 5, {\"symbol\": \"QQQ\"}]");
        assertThat(t.rows()).extracting(TradeTable.Row::index).containsExactly(0, 5);
        assertThat(t.junk()).extracting(TradeTable.Junk::index).containsExactly(1, 2, 3, 4);
        assertThat(t.junk()).extracting(TradeTable.Junk::raw).containsExactly("\"n/a\"", "null", "[1,2]", "5");
        assertThat(t.note()).isEqualTo("4 of 6 entries are not trade objects; they are listed apart.");
    }

    @Test
    void objectInsteadOfArrayIsOneTrade() {
        TradeTable t = Trades.parse("{\"symbol\": \"SPY\", \"price\": \"1.5\"}");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).cell("price").number()).isEqualTo(1.5);
        assertThat(t.note()).contains("one object");
    }

    @Test
    void objectOfObjectsIsTradesKeyedById() {
        TradeTable t = Trades.parse("{\"t1\": {\"symbol\": \"SPY\"}, \"t2\": {\"symbol\": \"QQQ\", \"x\": 1}}");
        assertThat(t.fields()).containsExactly(Trades.KEY_FIELD, "symbol", "x");
        assertThat(t.rows()).extracting(r -> r.cell(Trades.KEY_FIELD).raw()).containsExactly("t1", "t2");
        assertThat(t.note()).contains("keyed by id");
    }

    @Test
    void nothingOrTheWrongThing() {
        assertThat(Trades.parse(null).problem()).isEqualTo("No trades are stored for this backtest.");
        assertThat(Trades.parse("null").problem()).isNotNull();
        assertThat(Trades.parse("42").problem()).contains("single value (42)");
        assertThat(Trades.parse("[{").problem()).isEqualTo("The trades are not valid JSON.");
        TradeTable empty = Trades.parse("[]");
        assertThat(empty.problem()).isNull();
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.fields()).isEmpty();
    }

    @Test
    void cellsSortNumericallyWithNullsLast() {
        TradeTable t = Trades.parse("[{\"p\": \"10\"}, {\"p\": \"9\"}, {\"p\": null}, {\"p\": \"abc\"}, {},"
                + " {\"p\": 9.5}]");
        List<TradeCell> cells = new ArrayList<>();
        t.rows().forEach(r -> cells.add(r.cell("p")));
        cells.sort(TradeCell.ORDER);
        assertThat(cells).extracting(TradeCell::display).containsExactly("9", "9.5", "10", "abc", "null", "");
    }
}
