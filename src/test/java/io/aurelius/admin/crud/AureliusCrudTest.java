package io.aurelius.admin.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurelius.admin.Services;
import io.aurelius.admin.domain.Backtest;
import io.aurelius.admin.domain.GateResult;
import io.aurelius.admin.domain.Strategy;
import io.aurelius.admin.domain.Validation;
import io.aurelius.admin.testing.FreshDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed's CRUD surface, on a schema of our own (jsonb) and on one the API built (json). */
class AureliusCrudTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Services services;

    @BeforeEach
    void connect() throws Exception {
        DB.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        services = Services.connect(DB.settings());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void buildSchema(String how) throws Exception {
        if (how.equals("api")) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/api-init-db.sql")) {
                DB.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        services.schema().init();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ours", "api"})
    void createGetListAndResultsOfAStrategy(String how) throws Exception {
        buildSchema(how);
        AureliusCrud crud = services.crud();
        long before = crud.listStrategies(0, 1).total();
        JsonNode params = JSON.readTree("{\"lookback\": 20, \"vol_target\": 0.15}");
        Strategy s = crud.createStrategy(new Strategy("My Strategy", "Example strategy", "ts_momentum", 0.9, params));
        for (int i = 0; i < 4; i++) {
            crud.createStrategy(new Strategy("S" + i, null, "stat_arb", 0.5, JSON.readTree("{}")));
        }

        Strategy read = crud.getStrategy(s.getId());
        assertThat(read.getName()).isEqualTo("My Strategy");
        assertThat(read.getParameters().get("lookback").asInt()).isEqualTo(20);
        assertThat(read.getStatus()).isEqualTo("active");
        Page<Strategy> page = crud.listStrategies(0, 2);
        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isEqualTo(before + 5);
        assertThat(crud.listStrategies(4, 10).items()).hasSize((int) (before + 1));
        assertThat(crud.allStrategies()).hasSize((int) (before + 5));

        Backtest bt = crud.createBacktest(new Backtest(s.getId(), "2023-01-01", "2024-01-01", 100_000,
                JSON.readTree("[\"SPY\"]")));
        bt.complete(JSON.readTree("{\"sharpe_ratio\": 1.3, \"total_return\": 12.0}"), JSON.readTree("[]"),
                JSON.readTree("[100000, 100100.5]"), 3.5);
        crud.saveBacktest(bt);
        Validation v = new Validation(s.getId(), "2022-01-01", "2024-01-01", 90, 180, 100_000);
        v.complete(JSON.readTree("[]"), JSON.readTree("{}"), 4, 1.2, 0.9, 0.25, 80, 12);
        crud.createValidation(v);
        crud.createGateResult(new GateResult(s.getId(), "dev", true,
                JSON.readTree("{\"checks\": [], \"gate_status\": \"PASSED\"}"), null, null));

        List<Backtest> backtests = crud.backtestsOf(s.getId());
        assertThat(backtests).singleElement().satisfies(b -> {
            assertThat(b.getStatus()).isEqualTo("completed");
            assertThat(b.getMetrics().get("sharpe_ratio").asDouble()).isEqualTo(1.3);
            assertThat(b.getEquityCurve()).hasSize(2);
        });
        assertThat(crud.validationsOf(s.getId())).singleElement()
                .satisfies(x -> assertThat(x.getPassed()).isTrue());
        assertThat(crud.gateResultsOf(s.getId())).singleElement()
                .satisfies(g -> assertThat(g.getGateType()).isEqualTo("dev"));

        try (Connection c = DB.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT pg_typeof(parameters)::text, parameters->>'lookback' FROM strategies WHERE id = '"
                        + s.getId() + "'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(how.equals("api") ? "json" : "jsonb");
            assertThat(rs.getString(2)).isEqualTo("20");
        }
    }

    @Test
    void hostileRowsTheApiWroteReadAsTheyAre() throws Exception {
        buildSchema("api");
        AureliusCrud crud = services.crud();
        Strategy odd = crud.getStrategy("22222222-2222-2222-2222-222222222222");
        assertThat(odd.getName()).isEqualTo("Пара торговли 対");
        assertThat(odd.getParameters().get("lookback").asText()).isEqualTo("n/a");
        Strategy quoted = crud.getStrategy("11111111-1111-1111-1111-111111111111");
        assertThat(quoted.getDescription()).isEqualTo("line1\nline2\ttab");

        List<Backtest> bts = crud.backtestsOf(quoted.getId());
        assertThat(bts).hasSize(2);
        Backtest failed = bts.stream().filter(b -> b.getStatus().equals("failed")).findFirst().orElseThrow();
        assertThat(failed.getInstruments().isObject()).isTrue();
        assertThat(failed.getMetrics()).isNull();
        assertThat(failed.getErrorMessage()).contains("division by zero");
        assertThat(crud.gateResultsOf(quoted.getId())).extracting(GateResult::getGateType)
                .containsExactly("product", "dev");
    }
}
