package io.aurelius.admin.results;

/**
 * A reduced series for drawing: the kept points' x and y and their indices in the full series
 * (for hover read-outs that show the original point). Arrays are {@code size} long, x ascending
 * when the input x was.
 *
 * @param x     x of the kept points (epoch seconds or index, as given)
 * @param y     y of the kept points
 * @param index index of each kept point in the full series
 */
public record Reduced(double[] x, double[] y, int[] index) {

    /** @return number of kept points */
    public int size() {
        return index.length;
    }
}
