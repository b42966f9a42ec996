package io.aurelius.admin.crud;

import io.aurelius.admin.db.Database;
import io.aurelius.admin.domain.Backtest;
import io.aurelius.admin.domain.GateResult;
import io.aurelius.admin.domain.Strategy;
import io.aurelius.admin.domain.Validation;
import java.util.List;

/**
 * The AURELIUS API's CRUD surface ({@code StrategyDB}, {@code BacktestDB}, {@code ValidationDB},
 * {@code GateResultDB}) as a Java API. Each call is one transaction; reads are read-only; what it returns
 * is detached from any session.
 */
public final class AureliusCrud {

    private final Database db;

    public AureliusCrud(Database db) {
        this.db = db;
    }

    // --- strategies ---------------------------------------------------------------------------------

    public Strategy createStrategy(Strategy strategy) {
        db.writeVoid(s -> s.persist(strategy));
        return strategy;
    }

    public Strategy getStrategy(String id) {
        return db.read(s -> s.find(Strategy.class, id));
    }

    /** Newest first, like the API's list; {@code total} counts every strategy. */
    public Page<Strategy> listStrategies(int skip, int limit) {
        if (skip < 0 || limit < 1) {
            throw new IllegalArgumentException("skip must be >= 0 and limit >= 1");
        }
        return db.read(s -> {
            List<Strategy> items = s.createSelectionQuery("from Strategy order by createdAt desc, id", Strategy.class)
                    .setFirstResult(skip).setMaxResults(limit).getResultList();
            long total = s.createSelectionQuery("select count(*) from Strategy", Long.class).getSingleResult();
            return new Page<>(items, total);
        });
    }

    public List<Strategy> allStrategies() {
        return db.read(s -> s.createSelectionQuery("from Strategy order by createdAt desc, id", Strategy.class)
                .getResultList());
    }

    // --- results of one strategy --------------------------------------------------------------------

    public Backtest createBacktest(Backtest backtest) {
        db.writeVoid(s -> s.persist(backtest));
        return backtest;
    }

    /** Saves a changed backtest (e.g. after {@link Backtest#complete}). */
    public Backtest saveBacktest(Backtest backtest) {
        return db.write(s -> s.merge(backtest));
    }

    public Backtest getBacktest(String id) {
        return db.read(s -> s.find(Backtest.class, id));
    }

    public List<Backtest> backtestsOf(String strategyId) {
        return db.read(s -> s.createSelectionQuery("from Backtest where strategyId = :id order by createdAt desc, id",
                Backtest.class).setParameter("id", strategyId).getResultList());
    }

    public Validation createValidation(Validation validation) {
        db.writeVoid(s -> s.persist(validation));
        return validation;
    }

    public Validation saveValidation(Validation validation) {
        return db.write(s -> s.merge(validation));
    }

    public Validation getValidation(String id) {
        return db.read(s -> s.find(Validation.class, id));
    }

    public List<Validation> validationsOf(String strategyId) {
        return db.read(s -> s.createSelectionQuery(
                "from Validation where strategyId = :id order by createdAt desc, id", Validation.class)
                .setParameter("id", strategyId).getResultList());
    }

    public GateResult createGateResult(GateResult gateResult) {
        db.writeVoid(s -> s.persist(gateResult));
        return gateResult;
    }

    public GateResult getGateResult(String id) {
        return db.read(s -> s.find(GateResult.class, id));
    }

    public List<GateResult> gateResultsOf(String strategyId) {
        return db.read(s -> s.createSelectionQuery(
                "from GateResult where strategyId = :id order by timestamp desc, id", GateResult.class)
                .setParameter("id", strategyId).getResultList());
    }
}
