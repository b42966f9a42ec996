package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.results.Reduced;

/**
 * What the equity and drawdown charts draw for one visible range.
 *
 * @param equity   the equity points kept for drawing
 * @param drawdown the drawdown points kept (fractions, 0 at a new peak)
 * @param lo       the visible range's start on the x axis
 * @param hi       the visible range's end
 * @param points   how many stored points fall in (or just around) the range
 */
public record ChartSeries(Reduced equity, Reduced drawdown, double lo, double hi, int points) {
}
