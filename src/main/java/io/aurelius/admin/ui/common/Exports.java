package io.aurelius.admin.ui.common;

import io.aurelius.admin.export.CsvFile;
import io.aurelius.admin.export.JsonFile;
import io.aurelius.admin.export.RecordCsv;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** The export actions the screens offer, all run by the one {@link ExportJob}. */
public final class Exports {

    private Exports() {
    }

    /** A file name: "backtests-2026-11-25.csv", or with a subject "backtests-1a2b3c4d-2026-11-25.csv". */
    public static String fileName(String what, String subject, String extension) {
        String clean = subject == null ? "" : subject.replaceAll("[^A-Za-z0-9_.-]+", "_");
        return what + (clean.isEmpty() ? "" : "-" + clean.substring(0, Math.min(8, clean.length()))) + "-" + LocalDate.now() + "." + extension;
    }

    /** A small "Save JSON…" button put right after {@code anchor} (in the same bar), running {@code save}. */
    public static Button saveJsonAfter(Node anchor, String id, String column, Runnable save) {
        Button button = new Button("Save JSON…");
        button.setId(id);
        button.getStyleClass().add("small-toggle");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip("Saves " + column + " as stored, however long, to a .json file."));
        button.setOnAction(e -> save.run());
        after(anchor, button);
        return button;
    }

    /** Puts {@code added} right after {@code anchor} in its parent pane. */
    public static void after(Node anchor, Node added) {
        if (anchor.getParent() instanceof Pane pane) {
            pane.getChildren().add(pane.getChildren().indexOf(anchor) + 1, added);
        }
    }

    /** A menu item running {@code action}. */
    public static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A table's rows (as loaded, all of them) to CSV; the rows are copied on the UI thread. */
    public static <R extends Record> void table(ExportJob job, String what, String fileName, Class<R> type,
                                                List<? extends R> rows) {
        List<R> copy = List.copyOf(rows);
        job.start(what, fileName, (file, cancel, progress) -> {
            long n = RecordCsv.write(file, type, copy, cancel, done -> progress.report(
                    copy.isEmpty() ? 1 : (double) done / copy.size(), Formats.count(done) + " of "
                            + Formats.count(copy.size()) + " rows"));
            return Formats.count(n) + " rows";
        });
    }

    /** Rows already turned into text (a comparison table) to CSV. */
    public static void rows(ExportJob job, String what, String fileName, List<String> header,
                            List<? extends List<?>> rows) {
        List<String> h = List.copyOf(header);
        List<List<?>> copy = List.copyOf(rows);
        job.start(what, fileName, (file, cancel, progress) -> Formats.count(CsvFile.write(file, h, copy)) + " rows");
    }

    /** A chart (any node) as shown now to PNG: its pixels are read before the file dialog. */
    public static void png(ExportJob job, String what, String fileName, Node node) {
        NodePng.Pixels px = NodePng.grab(node);
        job.start(what, fileName, (file, cancel, progress) -> {
            px.writeTo(file);
            return what + " (" + px.width() + " × " + px.height() + " px)";
        });
    }

    /** A row's JSON column in full, streamed from the database (not the cut text the screen shows). */
    public static void json(ExportJob job, String table, String column, String id) {
        JsonFile json = job.jsonFile();
        if (json == null || id == null) {
            return;
        }
        job.start(table + "." + column, fileName(table + "-" + column.replace('_', '-'), id, "json"),
                (file, cancel, progress) -> {
                    long n = json.save(table, column, id, file, cancel, (done, total) -> progress.report(
                            total == 0 ? 1 : (double) done / total,
                            Formats.count(done) + " of " + Formats.count(total) + " characters"));
                    return table + "." + column + " (" + Formats.count(n) + " characters)";
                });
    }
}
