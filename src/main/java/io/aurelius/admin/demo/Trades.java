package io.aurelius.admin.demo;

import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * Streams a backtest's fills (round trips: an entry fill and an exit fill) and keeps the trade statistics the
 * metrics report. Engine fills carry every value as a string, as the engine's CSV reader leaves them.
 */
final class Trades {

    int fills;
    int roundTrips;
    int wins;
    double grossProfit;
    double grossLoss;
    double net;

    static Trades write(CopyWriter w, SplittableRandom r, String[] symbols, long startDay, int businessDays,
                        double capital, double positionSize, double edge, boolean strings, boolean asObject)
            throws SQLException {
        Trades t = new Trades();
        int n = Math.max(2, Math.min(400, (int) (businessDays / 20.0 * DemoRandom.between(r, 0.5, 1.5))));
        int slot = Math.max(2, businessDays / n);
        n = Math.max(1, Math.min(n, businessDays / slot));
        if (asObject) {
            w.startObject().name("fills");
        }
        w.startArray();
        for (int k = 0; k < n; k++) {
            int si = r.nextInt(symbols.length);
            String symbol = symbols[si];
            double price = basePrice(symbol) * Math.exp(0.25 * r.nextGaussian());
            long entryDay = DemoDates.addBusinessDays(startDay, (long) k * slot + r.nextInt(Math.max(1, slot / 2)));
            long exitDay = DemoDates.addBusinessDays(entryDay, 1 + r.nextInt(Math.max(1, slot / 2)));
            long entryTs = entryDay * DemoDates.DAY + DemoDates.MARKET_OPEN + 60L * r.nextInt(390);
            long exitTs = exitDay * DemoDates.DAY + DemoDates.MARKET_OPEN + 60L * r.nextInt(390);
            long qty = Math.max(1, Math.round(capital * positionSize / price));
            boolean longSide = r.nextInt(10) < 7;
            double exit = price * (1 + edge + 0.03 * r.nextGaussian());
            double entryPx = Math.round(price * 100) / 100.0;
            double exitPx = Math.round(exit * 100) / 100.0;
            double commission = Math.max(1.0, qty * 0.005);
            fill(w, entryTs, symbol, longSide ? "buy" : "sell", qty, entryPx, commission, strings);
            fill(w, exitTs, symbol, longSide ? "sell" : "buy", qty, exitPx, commission, strings);
            double pnl = (exitPx - entryPx) * qty * (longSide ? 1 : -1) - 2 * Math.round(commission * 100) / 100.0;
            t.roundTrips++;
            t.fills += 2;
            t.net += pnl;
            if (pnl > 0) {
                t.wins++;
                t.grossProfit += pnl;
            } else {
                t.grossLoss -= pnl;
            }
        }
        w.endArray();
        if (asObject) {
            w.name("count").num(t.fills).endObject();
        }
        return t;
    }

    private static void fill(CopyWriter w, long ts, String symbol, String side, long qty, double price,
                             double commission, boolean strings) throws SQLException {
        w.startObject().name("timestamp").isoTime(ts).name("symbol").str(symbol).name("side").str(side);
        if (strings) {
            w.name("quantity").numStr(qty).name("price").numStr(price, 2).name("commission").numStr(commission, 2);
        } else {
            w.name("quantity").num(qty).name("price").num(price, 2).name("commission").num(commission, 2);
        }
        w.endObject();
    }

    static double basePrice(String symbol) {
        for (int i = 0; i < Words.SYMBOLS.length; i++) {
            if (Words.SYMBOLS[i].equals(symbol)) {
                return Words.PRICES[i];
            }
        }
        return 50 + (symbol.hashCode() & 127);
    }

    double winRatePct() {
        return roundTrips == 0 ? 0 : 100.0 * wins / roundTrips;
    }

    double profitFactor() {
        return grossLoss == 0 ? grossProfit > 0 ? 99.99 : 0 : Math.min(99.99, grossProfit / grossLoss);
    }

    double avgTrade() {
        return roundTrips == 0 ? 0 : net / roundTrips;
    }
}
