package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.results.WindowTable.Cell.Kind;
import org.junit.jupiter.api.Test;

class WalkForwardWindowsTest {

    @Test
    void apiWindowsWithStringsAndUnknownKeys() {
        WindowTable t = WalkForwardWindows.parse("[{\"extra\": {\"k\": 1}, \"window_id\": 1, \"test_sharpe\": \"0.8\","
                + " \"train_sharpe\": 1.5, \"train_start\": \"2018-01-01\", \"degradation\": 0.47},"
                + " {\"window_id\": 2, \"train_sharpe\": 1.2, \"test_sharpe\": \"n/a\", \"flag\": true}]");
        assertThat(t.problem()).isNull();
        assertThat(t.note()).isNull();
        assertThat(t.fields()).containsExactly("window_id", "train_start", "train_sharpe", "test_sharpe",
                "degradation", "extra", "flag");
        assertThat(t.rows().get(0).cell("test_sharpe").kind()).isEqualTo(Kind.NUMBER);
        assertThat(t.rows().get(0).cell("test_sharpe").number()).isEqualTo(0.8);
        assertThat(t.rows().get(0).cell("extra").kind()).isEqualTo(Kind.JSON);
        assertThat(t.rows().get(0).cell("train_start").kind()).isEqualTo(Kind.TEXT);
        assertThat(t.rows().get(1).cell("test_sharpe").kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(t.rows().get(1).cell("test_sharpe").raw()).isEqualTo("n/a");
        assertThat(t.rows().get(1).cell("flag").kind()).isEqualTo(Kind.BOOLEAN);
        assertThat(t.rows().get(1).cell("train_start")).isSameAs(WindowTable.Cell.MISSING);
        assertThat(t.sharpes()).extracting(WindowTable.SharpePair::label).containsExactly("1", "2");
        assertThat(t.sharpes().get(1).test().unreadable()).isTrue();
        assertThat(t.sharpes().get(1).train().value()).isEqualTo(1.2);
    }

    @Test
    void objectKeyedByNameAndOneObject() {
        WindowTable keyed = WalkForwardWindows.parse("{\"window_1\": {\"train_sharpe\": 1}, \"window_2\": {}}");
        assertThat(keyed.fields()).containsExactly(WalkForwardWindows.KEY_FIELD, "train_sharpe");
        assertThat(keyed.rows()).extracting(WindowTable.Row::label).containsExactly("window_1", "window_2");
        assertThat(keyed.note()).contains("keyed by name");
        WindowTable one = WalkForwardWindows.parse("{\"window_id\": 3, \"train_sharpe\": 1}");
        assertThat(one.fields()).containsExactly("window_id", "train_sharpe");
        assertThat(one.rows()).hasSize(1);
        assertThat(one.note()).contains("one object");
    }

    @Test
    void junkEntriesAndNumericKeysHoldingObjects() {
        WindowTable t = WalkForwardWindows.parse("[{\"train_sharpe\": {\"x\": 1}}, 5, \"n/a\", null]");
        assertThat(t.rows()).hasSize(4);
        assertThat(t.rows().get(0).cell("train_sharpe").kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(t.rows().get(1).cell(WalkForwardWindows.VALUE_FIELD).raw()).isEqualTo("5");
        assertThat(t.rows()).extracting(WindowTable.Row::label).containsExactly("#1", "#2", "#3", "#4");
        assertThat(t.note()).isEqualTo("3 of 4 entries are not window objects; they show as unreadable rows.");
    }

    @Test
    void nothingOrTheWrongThing() {
        assertThat(WalkForwardWindows.parse(null).problem()).isEqualTo("No windows are stored for this validation.");
        assertThat(WalkForwardWindows.parse("null").problem()).isEqualTo("No windows are stored for this validation.");
        assertThat(WalkForwardWindows.parse("[]").problem()).isEqualTo("The windows list is empty.");
        assertThat(WalkForwardWindows.parse("\"oops\"").problem()).contains("single value (\"oops\")");
        assertThat(WalkForwardWindows.parse("[{").problem()).isEqualTo("The windows are not valid JSON.");
    }
}
