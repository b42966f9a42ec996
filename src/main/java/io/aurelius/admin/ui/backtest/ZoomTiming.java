package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.results.Curve;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.snapshot.Snapshots;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Times the report's zoom on the headless toolkit, for the benchmark: the equity and drawdown charts of the
 * real {@link ReportCharts} bound to a {@link CurveModel}, each zoom re-reducing the new range (here on the
 * JavaFX thread, where the app does it in the background: the same work, counted in full), putting the points
 * in both charts, laying them out and rendering the window once (a scene snapshot).
 */
public final class ZoomTiming implements AutoCloseable {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    private final Stage stage;
    private final Scene scene;
    private final CurveModel model;
    private final double first;
    private final double span;
    private final SplittableRandom random = new SplittableRandom(11);

    private ZoomTiming(Stage stage, Scene scene, CurveModel model) {
        this.stage = stage;
        this.scene = scene;
        this.model = model;
        this.first = model.analysisProperty().get().first();
        this.span = model.analysisProperty().get().last() - first;
    }

    /** Opens a window with the curve drawn whole. */
    public static ZoomTiming open(Curve curve) {
        Snapshots.startToolkit(WIDTH, HEIGHT);
        return onFx(() -> {
            CurveModel model = new CurveModel(new DirectTaskRunner());
            ReportCharts charts = new ReportCharts(model);
            charts.bind(new Label(), new StackPane(), new GridPane());
            VBox box = new VBox(8, charts.equity().node(), charts.drawdown().node());
            box.setPadding(new Insets(8));
            Scene scene = new Scene(box, WIDTH, HEIGHT);
            scene.getStylesheets().add(ZoomTiming.class.getResource(io.aurelius.admin.ui.main.MainWindow.STYLESHEET).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            model.show(curve);
            scene.snapshot(null);
            return new ZoomTiming(stage, scene, model);
        });
    }

    /**
     * One zoom to a range of 1 % to 30 % of the curve somewhere in it, drawn.
     *
     * @return the points of the curve in the range
     */
    public int zoomOnce() {
        double width = span * (0.01 + random.nextDouble() * 0.29);
        double lo = first + random.nextDouble() * (span - width);
        return onFx(() -> {
            model.zoom(lo, lo + width);
            return drawn();
        });
    }

    /**
     * What follows a click on a backtest once its curve is read: analysed (statistics, drawdowns, monthly
     * returns, rolling Sharpe), reduced, put in both charts, laid out and rendered (here all on the JavaFX thread,
     * where the app analyses in the background: the same work, counted in full).
     *
     * @return the points shown
     */
    public int showOnce(Curve curve) {
        return onFx(() -> {
            model.show(curve);
            return drawn();
        });
    }

    /**
     * The zoom's floor: the same window rendered once more with nothing changed (CSS, layout and a scene
     * snapshot), what the toolkit costs per frame whatever the charts do.
     *
     * @return the points shown
     */
    public int renderOnce() {
        return onFx(() -> {
            return drawn();
        });
    }

    /** CSS, layout and one render of the window; the points shown. */
    private int drawn() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.snapshot(null);
        return model.shownProperty().get().points();
    }

    @Override
    public void close() {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while drawing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The zoom did not finish: " + e.getMessage(), e);
        }
    }
}
