package io.aurelius.admin.demo;

import java.sql.SQLException;
import java.util.SplittableRandom;

/** Writes strategy rows: names, descriptions, parameter objects, statuses. */
final class StrategyRows {

    static final String COPY = "COPY strategies (id, name, description, strategy_type, confidence, parameters,"
            + " created_at, updated_at, status) FROM STDIN";

    private StrategyRows() {
    }

    static StrategyCore write(CopyWriter w, DemoSpec spec, long i) throws SQLException {
        StrategyCore s = StrategyCore.of(spec, i);
        SplittableRandom r = s.rest();
        w.text(s.id());
        if (s.hostile()) {
            w.text(Words.HOSTILE_NAMES[s.hostileOrdinal() % Words.HOSTILE_NAMES.length]);
            w.text(s.hostileOrdinal() % 4 == 3 ? null
                    : Words.HOSTILE_DESCRIPTIONS[s.hostileOrdinal() % Words.HOSTILE_DESCRIPTIONS.length]);
        } else {
            w.text(name(s, r));
            w.text(r.nextInt(10) == 0 ? null : Words.GOALS[s.type() % Words.GOALS.length]);
        }
        w.text(s.typeName());
        w.decimal(DemoRandom.between(r, 0.5, 0.99), 2);
        parameters(w, s, r);
        w.timestamp(s.createdAt());
        long updated = s.createdAt() + (r.nextInt(4) == 0 ? 0 : r.nextLong(30 * DemoDates.DAY));
        w.timestamp(Math.min(updated, DemoDates.NOW - DemoDates.DAY));
        if (s.hostile() && s.hostileOrdinal() % 3 == 2) {
            w.nul();
        } else {
            int st = r.nextInt(100);
            w.text(st < 85 ? "active" : st < 97 ? "archived" : "paused");
        }
        w.endRow();
        return s;
    }

    private static String name(StrategyCore s, SplittableRandom r) {
        String base = DemoRandom.pick(r, Words.ADJECTIVES) + " " + Words.TYPE_WORDS[s.type()];
        if (s.pairs()) {
            String[] p = DemoRandom.pick(r, Words.PAIRS);
            base = base + " " + p[0] + "/" + p[1];
        } else {
            base = base + " " + DemoRandom.pick(r, Words.SYMBOLS);
        }
        return base + " v" + (1 + r.nextInt(9)) + " #" + (s.index() + 1);
    }

    private static void parameters(CopyWriter w, StrategyCore s, SplittableRandom r) throws SQLException {
        w.json().startObject();
        boolean bad = s.hostile();
        w.name("lookback");
        int lookback = 5 + r.nextInt(248);
        if (bad && s.hostileOrdinal() % 2 == 0) {
            w.str("n/a");
        } else if (bad) {
            w.str(Integer.toString(lookback)); // a number as a string
        } else {
            w.num(lookback);
        }
        w.name("vol_target");
        if (bad && s.hostileOrdinal() % 3 == 1) {
            w.jnull();
        } else {
            w.num(DemoRandom.between(r, 0.05, 0.30), 2);
        }
        w.name("position_size").num(DemoRandom.between(r, 0.01, 0.25), 3);
        if (r.nextInt(10) < 6) {
            w.name("stop_loss").num(DemoRandom.between(r, 0.01, 0.10), 3);
        }
        if (r.nextInt(10) < 4) {
            w.name("take_profit").num(DemoRandom.between(r, 0.02, 0.25), 3);
        }
        switch (s.type()) {
            case 1 -> {
                String[] p = DemoRandom.pick(r, Words.PAIRS);
                w.name("pair").startArray().str(p[0]).str(p[1]).endArray();
                w.name("entry_z").num(DemoRandom.between(r, 1.5, 2.5), 2);
            }
            case 3 -> w.name("model").str(r.nextBoolean() ? "xgboost" : "random_forest");
            case 4 -> w.name("vol_window").num(10 + r.nextInt(50));
            default -> {
            }
        }
        if (r.nextInt(10) == 0) {
            w.name("rebalance").str(r.nextBoolean() ? "weekly" : "daily");
            w.name("universe").startArray();
            int n = 2 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                w.str(Words.SYMBOLS[(k * 5 + (int) s.index()) % Words.SYMBOLS.length]);
            }
            w.endArray();
        }
        if (bad) {
            w.name("extra").startArray().num(1).str("two").jnull().startObject().name("three").num(3).endObject()
                    .endArray();
            w.name("note \"quoted\"\n").str("key with quotes and a newline");
        }
        w.endObject();
    }
}
