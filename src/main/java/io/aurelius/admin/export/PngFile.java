package io.aurelius.admin.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The one PNG writer of the app: ARGB pixels to a PNG file with the JDK's ImageIO, via {@link AtomicFile}. */
public final class PngFile {

    private PngFile() {
    }

    /** Pixels as int ARGB, row by row; the file appears complete or not at all. */
    public static void write(int[] argb, int width, int height, Path target) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        AtomicFile.write(target, null, partial -> {
            if (!ImageIO.write(image, "png", partial.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            return null;
        });
    }
}
