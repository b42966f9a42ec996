package io.aurelius.admin.demo;

/**
 * Per strategy, the metrics of its latest completed backtest, kept (compactly) from the backtest pass so that
 * the CRV gate judges the numbers the strategy's backtest really shows.
 */
final class Outcomes {

    private final float[] sharpe;
    private final float[] drawdown;
    private final float[] totalReturn;
    private final boolean[] known;

    Outcomes(long strategies) {
        int n = (int) Math.min(Integer.MAX_VALUE - 8, strategies);
        sharpe = new float[n];
        drawdown = new float[n];
        totalReturn = new float[n];
        known = new boolean[n];
    }

    void record(long strategy, double s, double dd, double ret) {
        if (strategy < known.length) {
            int i = (int) strategy;
            sharpe[i] = (float) s;
            drawdown[i] = (float) dd;
            totalReturn[i] = (float) ret;
            known[i] = true;
        }
    }

    boolean known(long strategy) {
        return strategy < known.length && known[(int) strategy];
    }

    double sharpe(long strategy) {
        return sharpe[(int) strategy];
    }

    double drawdown(long strategy) {
        return drawdown[(int) strategy];
    }

    double totalReturn(long strategy) {
        return totalReturn[(int) strategy];
    }
}
