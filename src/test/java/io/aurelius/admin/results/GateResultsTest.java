package io.aurelius.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.results.GateReading.Criterion;
import io.aurelius.admin.results.GateReading.Kind;
import org.junit.jupiter.api.Test;

class GateResultsTest {

    @Test
    void devChecksAsAListAsAnObjectAndMissing() {
        GateReading list = GateResults.read("dev", "{\"checks\": [{\"check_name\": \"sharpe\", \"passed\": true,"
                + " \"description\": \"Sharpe above 1\", \"message\": \"1.42\"}, {\"name\": \"trades\","
                + " \"passed\": \"false\"}, 7], \"gate_status\": \"PASSED\", \"engine\": \"v2\"}", null, null);
        assertThat(list.kind()).isEqualTo(Kind.DEV);
        assertThat(list.gateStatus()).isEqualTo("PASSED");
        assertThat(list.checks()).extracting(GateReading.DevCheck::name).containsExactly("sharpe", "trades", "check 3");
        assertThat(list.checks().get(0).passed()).isEqualTo(Flag.YES);
        assertThat(list.checks().get(1).passed().state()).isEqualTo(Flag.State.NO);
        assertThat(list.checks().get(2).passed().state()).isEqualTo(Flag.State.UNREADABLE);
        assertThat(list.rest()).isEqualTo("{\"engine\":\"v2\"}");

        GateReading keyed = GateResults.read(" DEV ", "{\"checks\": {\"lookahead\": {\"check_name\": \"lookahead\","
                + " \"passed\": false, \"message\": \"uses tomorrow\"}, \"costs\": true}}", null, null);
        assertThat(keyed.checks()).extracting(GateReading.DevCheck::name).containsExactly("lookahead", "costs");
        assertThat(keyed.checks().get(1).passed()).isEqualTo(Flag.YES);
        assertThat(keyed.notes()).containsExactly("The checks are stored as an object keyed by name, not a list.");
        assertThat(keyed.rest()).isNull();

        GateReading none = GateResults.read("dev", "{\"gate_status\": \"PASSED\"}", null, null);
        assertThat(none.checks()).isEmpty();
        assertThat(none.notes()).containsExactly("No checks are stored, only the verdict.");
    }

    @Test
    void crvThresholdsAgainstActuals() {
        GateReading r = GateResults.read("crv", "{\"min_sharpe_threshold\": 1.0, \"actual_sharpe\": \"1.234\","
                + " \"sharpe_pass\": true, \"max_drawdown_threshold\": -20, \"actual_drawdown\": -25.5,"
                + " \"min_return_threshold\": 5, \"actual_return\": \"n/a\", \"return_pass\": true,"
                + " \"gate_status\": \"FAILED\", \"note\": 1}", null, null);
        assertThat(r.criteria()).extracting(Criterion::key).containsExactly("sharpe", "drawdown", "return");
        Criterion sharpe = r.criteria().get(0);
        assertThat(sharpe.actual().value()).isEqualTo(1.234);
        assertThat(sharpe.verdict()).isEqualTo(Flag.YES);
        Criterion dd = r.criteria().get(1);
        assertThat(dd.stored()).isEqualTo(Flag.MISSING);
        assertThat(dd.verdict().state()).isEqualTo(Flag.State.NO);
        assertThat(dd.rule()).isEqualTo("≥");
        Criterion ret = r.criteria().get(2);
        assertThat(ret.actual().unreadable()).isTrue();
        assertThat(ret.computed()).isEqualTo(Flag.MISSING);
        assertThat(ret.verdict()).isEqualTo(Flag.YES);
        assertThat(r.rest()).isEqualTo("{\"note\":1}");

        GateReading magnitudes = GateResults.read("crv", "{\"max_drawdown_threshold\": 20, \"actual_drawdown\": 12,"
                + " \"drawdown_pass\": false}", null, null);
        Criterion m = magnitudes.criteria().get(1);
        assertThat(m.rule()).isEqualTo("≤");
        assertThat(m.computed()).isEqualTo(Flag.YES);
        assertThat(m.contradicts()).isTrue();
    }

    @Test
    void productReadinessRecommendationAndDetails() {
        GateReading r = GateResults.read("product", "{\"recommendation\": \"APPROVE\", \"production_ready\": true,"
                + " \"readiness\": {\"score\": 92.5, \"checks\": {\"risk_review\": true, \"capacity\": false},"
                + " \"owner\": \"desk\"}, \"gate_status\": \"PASSED\"}", true, "Deploy with 50% of the allocation.");
        GateReading.Readiness p = r.readiness();
        assertThat(p.ready()).isEqualTo(Flag.YES);
        assertThat(p.recommendation()).isEqualTo("Deploy with 50% of the allocation.");
        assertThat(p.verdict()).isEqualTo("APPROVE");
        assertThat(p.score().value()).isEqualTo(92.5);
        assertThat(p.checks()).extracting(GateReading.NamedFlag::name).containsExactly("risk_review", "capacity");
        assertThat(r.rest()).isEqualTo("{\"readiness\":{\"owner\":\"desk\"}}");

        GateReading minimal = GateResults.read("product", "{\"recommendation\": \"deploy with half size\"}", null, null);
        assertThat(minimal.readiness().ready()).isEqualTo(Flag.MISSING);
        assertThat(minimal.readiness().recommendation()).isEqualTo("deploy with half size");
        assertThat(minimal.readiness().verdict()).isNull();
        assertThat(minimal.rest()).isNull();

        GateReading disagree = GateResults.read("product", "{\"production_ready\": \"yes\"}", false, null);
        assertThat(disagree.readiness().ready()).isEqualTo(Flag.NO);
        assertThat(disagree.notes()).hasSize(1);
    }

    @Test
    void unknownTypesAndBrokenResultsStayReadable() {
        GateReading other = GateResults.read("risk", "{\"var_95\": 0.02, \"gate_status\": \"PASSED\"}", null, null);
        assertThat(other.kind()).isEqualTo(Kind.OTHER);
        assertThat(other.gateStatus()).isEqualTo("PASSED");
        assertThat(other.rest()).contains("var_95");
        GateReading array = GateResults.read("crv", "[1, 2]", null, null);
        assertThat(array.problem()).isEqualTo("The results are an array, not an object of named fields.");
        assertThat(array.rest()).isEqualTo("[1,2]");
        assertThat(GateResults.read("dev", "\"n/a\"", null, null).problem()).contains("a single value");
        assertThat(GateResults.read("dev", "null", null, null).problem()).contains("empty");
        assertThat(GateResults.read("dev", "{oops", null, null).problem()).isEqualTo("The results are not valid JSON.");
        assertThat(GateResults.read(null, "{}", null, null).kind()).isEqualTo(Kind.OTHER);
    }
}
