package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.time.LocalDateTime;
import java.util.Arrays;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/**
 * How the screens show stored values they cannot show as stored: text too long for the JavaFX thread to lay out
 * (cut, or broken into lines), numbers a chart axis cannot hold (a sentence instead), PostgreSQL's infinite and
 * BC timestamps (said so, not shown as year 999,999,999 or as AD).
 */
class HostileValuesShownTest {

    private static final String MIXED = "🚀\u202eم";

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "A 100,000-character RTL and emoji value reaches a label or cell"
            + " as 300 characters and its length, a text area as lines of 300, so the JavaFX thread never lays"
            + " out a paragraph long enough to freeze the app.")
    void longTextIsCutForLinesAndBrokenForTextAreas() {
        String value = MIXED.repeat(25_000); // 100,000 UTF-16 characters
        String line = ShownText.line(value);
        assertThat(line).startsWith(value.substring(0, 299)).endsWith("… (100,000 characters)");
        assertThat(line.length()).isLessThan(ShownText.LINE + 30);
        assertThat(Character.isHighSurrogate(line.charAt(line.indexOf('…') - 1))).isFalse();
        assertThat(ShownText.line(line)).isEqualTo(line);
        assertThat(Cells.oneLine("a\nb\t" + value)).startsWith("a ⏎ b ⇥ ").contains("… (");
        assertThat(ShownText.line("short")).isEqualTo("short");
        assertThat(ShownText.line(null)).isNull();

        String broken = ShownText.lines("{\n  \"log\": \"" + value + "\"\n}");
        assertThat(broken.split("\n")).allMatch(l -> l.length() <= ShownText.BREAK);
        assertThat(broken.replace("\n", "")).isEqualTo("{  \"log\": \"" + value + "\"}");
        assertThat(Arrays.stream(broken.split("\n")).noneMatch(l -> Character.isLowSurrogate(l.charAt(0)))).isTrue();
        String pretty = "{\n  \"a\" : 1\n}";
        assertThat(ShownText.lines(pretty)).isSameAs(pretty);

        String note = ShownText.note("Failed: " + value);
        assertThat(note.length()).isLessThan(ShownText.NOTE + 40);
        assertThat(note.split("\n")).allMatch(l -> l.length() <= ShownText.BREAK);
    }

    @Test
    void aHiddenTextAreaGetsNoText() {
        SimpleStringProperty raw = new SimpleStringProperty(MIXED.repeat(1000));
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        var text = ShownText.whileShown(raw, shown);
        assertThat(text.get()).isEmpty();
        shown.set(true);
        assertThat(text.get().replace("\n", "")).isEqualTo(raw.get());
        raw.set("x");
        assertThat(text.get()).isEqualTo("x");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Values a JavaFX axis cannot hold (±1e308, only subnormals) get"
            + " a sentence instead of a silently empty chart; ordinary and gapped values draw.")
    void valuesBeyondAnAxisGetASentence() {
        assertThat(ChartRange.problem(new double[] {1e308, -1e308}, "The equity values"))
                .isEqualTo("The equity values reach 1.0e+308, beyond what a chart can draw (±1e300).");
        assertThat(ChartRange.problem(new double[] {1, 1.7976931348623157e308}, "X")).contains("1.8e+308");
        assertThat(ChartRange.problem(new double[] {4.9e-324, 1e-320, 0}, "The equity values"))
                .isEqualTo("The equity values are all closer to 0 than 1e-300, too small for a chart to tell apart.");
        assertThat(ChartRange.problem(new double[] {Double.NaN, 1, 2e5, -3, 0, 1e-320}, "X")).isNull();
        assertThat(ChartRange.problem(new double[] {0, 0}, "X")).isNull();
        assertThat(ChartRange.problem(new double[] {1e300, -1e300}, "X")).isNull();
        assertThat(ChartRange.drawable(Double.NEGATIVE_INFINITY)).isFalse();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Timestamps stored as 'infinity', '-infinity' and BC dates read"
            + " as such, not as year 999,999,999 or as the same year AD.")
    void infiniteAndBcTimestampsSaySo() {
        assertThat(Formats.timestamp(LocalDateTime.MAX)).isEqualTo("infinity");
        assertThat(Formats.timestamp(LocalDateTime.MIN)).isEqualTo("-infinity");
        assertThat(Formats.timestamp(LocalDateTime.of(-4712, 1, 1, 0, 0))).isEqualTo("4713-01-01 00:00:00 BC");
        assertThat(Formats.timestamp(LocalDateTime.of(294276, 12, 31, 23, 59, 59)))
                .isEqualTo("+294276-12-31 23:59:59");
        assertThat(Formats.timestamp(LocalDateTime.of(2025, 6, 1, 12, 0))).isEqualTo("2025-06-01 12:00:00");
    }
}
