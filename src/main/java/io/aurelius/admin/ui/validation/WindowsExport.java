package io.aurelius.admin.ui.validation;

import io.aurelius.admin.results.WindowTable;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The windows table to CSV (RFC 4180: header of the stored keys, the stored values, quoted when needed) and
 * the chart's pixels to PNG. Files are written beside the target and moved into place, so a failed export
 * leaves no half file.
 */
public final class WindowsExport {

    private WindowsExport() {
    }

    public static void csv(WindowTable table, Path target) throws IOException {
        writeAtomically(target, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                line(w, table.fields());
                for (WindowTable.Row row : table.rows()) {
                    List<String> values = table.fields().stream().map(f -> {
                        String raw = row.cell(f).raw();
                        return raw == null || row.cell(f).kind() == WindowTable.Cell.Kind.NULL ? "" : raw;
                    }).toList();
                    line(w, values);
                }
            }
        });
    }

    /** Pixels as int ARGB, row by row. */
    public static void png(int[] argb, int width, int height, Path target) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        writeAtomically(target, tmp -> {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("No PNG writer is available.");
            }
        });
    }

    private static void line(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(values.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private interface Write {
        void to(Path tmp) throws IOException;
    }

    private static void writeAtomically(Path target, Write write) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".partial");
        try {
            write.to(tmp);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
