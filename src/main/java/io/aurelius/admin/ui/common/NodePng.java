package io.aurelius.admin.ui.common;

import io.aurelius.admin.export.PngFile;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The one way a chart (any node) becomes a PNG: {@link #grab} reads its pixels on the JavaFX thread, then
 * {@link Pixels#writeTo} hands them to {@link PngFile} (on any thread), which writes {@code NAME.partial} and
 * renames it.
 */
public final class NodePng {

    private NodePng() {
    }

    /** A snapshot's pixels, int ARGB row by row. */
    public record Pixels(int[] argb, int width, int height) {

        public void writeTo(Path target) {
            PngFile.write(argb, width, height, target);
        }
    }

    /** Snapshots a node as shown (JavaFX thread). */
    public static Pixels grab(Node node) {
        return grab(node.snapshot(null, null));
    }

    public static Pixels grab(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Pixels(argb, w, h);
    }

    /** Snapshots a node and writes it (JavaFX thread; a chart is small enough to write at once). */
    public static void write(Node node, Path target) {
        grab(node).writeTo(target);
    }
}
