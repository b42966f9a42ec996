package io.aurelius.admin.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

/**
 * Table cells that show a row's value as plain text (never markup), one line per cell: tabs and newlines in
 * stored text are shown as visible marks, with the full text in a tooltip. Cells may carry a tone, be
 * right-aligned numbers, or be a small badge.
 */
public final class Cells {

    /** What a cell shows: its text, an optional tooltip, a tone (null for plain) and the kind of cell. */
    public record Shown(String text, String tooltip, Tone tone, Kind kind) {

        public enum Kind { TEXT, NUMBER, BADGE, MUTED }

        public static Shown text(String s) {
            String line = oneLine(s);
            return new Shown(line, line.equals(s == null ? "" : s) && line.length() < 60 ? null : s, null, Kind.TEXT);
        }

        public static Shown number(String s) {
            return new Shown(s, null, null, Kind.NUMBER);
        }

        /** A name, or a muted {@link Formats#NO_NAME} (saying why) when it is empty or shows nothing. */
        public static Shown name(String s) {
            return Formats.blank(s) ? muted(Formats.NO_NAME, Formats.noNameWhy(s)) : text(s);
        }

        /**
         * A number with fixed decimals; NaN and ±Infinity show a dash, as null does, and say what is stored (a
         * null shows a bare dash).
         */
        public static Shown fixed(Double v, int decimals) {
            return v != null && !Double.isFinite(v) ? notANumber(Double.toString(v))
                    : number(Formats.fixed(v, decimals));
        }

        /**
         * A number stored in a form that could not be read: a dash when it spells one that is not a number (NaN,
         * Infinity, as null shows), else "unreadable" in the warning tone; the tooltip says what is stored.
         */
        public static Shown unreadableNumber(String stored) {
            return Formats.notANumber(stored) ? notANumber(stored)
                    : new Shown("unreadable", "Stored as: " + stored, Tone.WARN, Kind.NUMBER);
        }

        /** A value stored as a number that is not one ("NaN", "Infinity", "-inf"): a dash, as null shows. */
        public static Shown notANumber(String stored) {
            return new Shown(Formats.NONE, "Stored as " + oneLine(stored).strip() + " (not a number).", null,
                    Kind.NUMBER);
        }

        public static Shown muted(String s, String tooltip) {
            return new Shown(s, tooltip, null, Kind.MUTED);
        }

        public static Shown badge(String s, Tone tone) {
            return new Shown(s, null, tone, Kind.BADGE);
        }

        public Shown withTone(Tone t) {
            return new Shown(text, tooltip, t, kind);
        }

        public Shown withTooltip(String tip) {
            return new Shown(text, tip, tone, kind);
        }
    }

    private static final List<String> KINDS = List.of("numeric", "muted", "unreadable");

    private Cells() {
    }

    /**
     * Stored text on one line: newlines and tabs become visible marks, other control characters a space; at most
     * {@link ShownText#LINE} characters of it (a longer value says its length).
     */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return ShownText.line(s.replace("\r\n", "\n").replace("\n", " ⏎ ").replace("\t", " ⇥ ")
                .replaceAll("\\p{Cntrl}", " "));
    }


    /** A column computed from the whole row; the database sorts, so the column never sorts locally. */
    public static <S> void column(TableColumn<S, S> column, Function<S, Shown> show) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator((a, b) -> 0);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                render(this, empty || row == null ? null : show.apply(row));
            }
        });
    }

    /** The same for a tree table. */
    public static <S> void treeColumn(TreeTableColumn<S, S> column, Function<S, Shown> show) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                render(this, empty || row == null ? null : show.apply(row));
            }
        });
    }

    private static void render(javafx.scene.control.IndexedCell<?> cell, Shown shown) {
        cell.getStyleClass().removeAll(KINDS);
        for (Tone t : Tone.values()) {
            cell.getStyleClass().remove(t.styleClass());
        }
        if (shown == null) {
            cell.setText(null);
            cell.setGraphic(null);
            cell.setTooltip(null);
            return;
        }
        if (shown.kind() == Shown.Kind.BADGE) {
            Label badge = new Label(ShownText.line(shown.text()));
            badge.getStyleClass().addAll("badge", "small-badge");
            (shown.tone() == null ? Tone.NEUTRAL : shown.tone()).applyTo(badge);
            cell.setText(null);
            cell.setGraphic(shown.text() == null || shown.text().isEmpty() ? null : badge);
        } else {
            cell.setGraphic(null);
            cell.setText(ShownText.line(shown.text()));
            if (shown.kind() == Shown.Kind.NUMBER) {
                cell.getStyleClass().add("numeric");
            } else if (shown.kind() == Shown.Kind.MUTED) {
                cell.getStyleClass().add("muted");
            }
            if (shown.tone() != null) {
                cell.getStyleClass().add(shown.tone().styleClass());
            }
        }
        cell.setTooltip(shown.tooltip() == null || shown.tooltip().isEmpty() ? null
                : new Tooltip(ShownText.note(shown.tooltip())));
    }
}
