package io.adcopilot.eval.gate;

import static io.adcopilot.eval.experiment.Fixtures.experiment;
import static io.adcopilot.eval.experiment.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adcopilot.eval.compare.Comparison;
import io.adcopilot.eval.compare.ComparisonTest;
import io.adcopilot.eval.compare.Comparisons;
import io.adcopilot.eval.experiment.Experiment;
import io.adcopilot.eval.experiment.ItemResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The gate on hand-made runs: drops chance explains pass, significant ones and a low water level fail. */
class GateTest {

    /** {@code n} items of {@code gold}, of which the first {@code wrong} are predicted as {@code instead}. */
    private static List<ItemResult> items(String prefix, String gold, int n, int wrong, String instead) {
        List<ItemResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(result(prefix + i, gold, i < wrong ? instead : gold));
        return out;
    }

    private static Experiment run(String name, List<List<ItemResult>> parts) {
        return experiment(name, parts.stream().flatMap(List::stream).toList());
    }

    private static GateVerdict.Check check(GateVerdict v, String name) {
        return v.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aDropThatChanceExplainsPasses() {
        Comparison c = Comparisons.compare(ComparisonTest.baseline(), ComparisonTest.candidate());
        GateVerdict v = Gate.evaluate(c, GatePolicy.DEFAULT);
        assertThat(v.passed()).isTrue();
        // query_metrics fell from 6/6 to 4/6, but b=2, c=0 gives p = 0.5
        assertThat(check(v, "intent query_metrics").detail())
                .isEqualTo("1.0000 → 0.6667 (-0.3333) on 6 items; McNemar b=2 c=0 p=0.5000 — drop above 0.0500 but not significant (p ≥ 0.05)");
        assertThat(v.checks()).extracting(GateVerdict.Check::name).containsExactly("paired items",
                "overall accuracy change", "intent query_metrics", "intent remember_preference", "intent smalltalk",
                "intent update_budget");
    }

    @Test
    void theWaterLevelIsTheCandidatesOwnAccuracy() {
        Comparison c = Comparisons.compare(ComparisonTest.baseline(), ComparisonTest.candidate());
        // 11 of 14 = 0.7857
        GateVerdict low = Gate.evaluate(c, new GatePolicy(OptionalDouble.of(0.8), 0.05, 0.05));
        assertThat(low.passed()).isFalse();
        assertThat(low.failures()).isEqualTo(1);
        assertThat(check(low, "intent accuracy").detail()).startsWith("0.7857 < 0.8000 (11 of 14 right; 95% CI 0.5241–");
        assertThat(Gate.evaluate(c, new GatePolicy(OptionalDouble.of(0.78), 0.05, 0.05)).passed()).isTrue();
    }

    @Test
    void aSignificantDropInOneIntentFails() {
        Experiment baseline = run("baseline", List.of(items("q", "query_metrics", 40, 2, "smalltalk"),
                items("b", "update_bid", 20, 0, "x")));
        // update_bid: 20/20 → 12/20; b=8, c=0, p = 2/256
        Experiment candidate = run("candidate", List.of(items("q", "query_metrics", 40, 2, "smalltalk"),
                items("b", "update_bid", 20, 8, "update_budget")));
        Comparison c = Comparisons.compare(baseline, candidate);
        GateVerdict v = Gate.evaluate(c, GatePolicy.DEFAULT);
        assertThat(v.passed()).isFalse();
        assertThat(check(v, "intent update_bid").passed()).isFalse();
        assertThat(check(v, "intent update_bid").detail()).isEqualTo(
                "1.0000 → 0.6000 (-0.4000) on 20 items; McNemar b=8 c=0 p=0.0078 — drop above 0.0500 and significant (p < 0.05)");
        assertThat(check(v, "intent query_metrics").passed()).isTrue();
        // overall: 58/60 → 50/60, drop 0.1333 > 0.05 with p = 0.0078
        assertThat(check(v, "overall accuracy change").passed()).isFalse();
        // tolerating a drop of 0.4 lets it through
        assertThat(Gate.evaluate(c, new GatePolicy(OptionalDouble.empty(), 0.4, 0.05)).passed()).isTrue();
        // so does a stricter significance level than the evidence reaches
        assertThat(Gate.evaluate(c, new GatePolicy(OptionalDouble.empty(), 0.05, 0.005)).passed()).isTrue();

        String report = GateReport.text(c, GatePolicy.DEFAULT, v);
        assertThat(report).contains("FAIL  intent update_bid", "PASS  intent query_metrics",
                "result: FAIL — 2 of 4 checks failed", "intent_accuracy", "policy: min intent accuracy not set");
    }

    @Test
    void aSmallIntentFailsWhenTheCandidateIsSignificantlyWorseOverall() {
        Experiment baseline = run("baseline", List.of(items("q", "query_metrics", 30, 0, "x"),
                items("a", "account_balance", 3, 0, "x")));
        // query_metrics 30 → 22 (b=8), account_balance 3 → 2 (b=1, p=1 alone); overall b=9, c=0, p = 2/512
        Experiment candidate = run("candidate", List.of(items("q", "query_metrics", 30, 8, "diagnose_change"),
                items("a", "account_balance", 3, 1, "smalltalk")));
        GateVerdict v = Gate.evaluate(Comparisons.compare(baseline, candidate), GatePolicy.DEFAULT);
        GateVerdict.Check small = check(v, "intent account_balance");
        assertThat(small.passed()).isFalse();
        assertThat(small.detail()).contains("p=1.0000", "while the candidate is significantly worse overall");
    }

    @Test
    void improvementsPassAndNothingPairedFails() {
        Experiment worse = run("worse", List.of(items("q", "query_metrics", 30, 10, "smalltalk")));
        Experiment better = run("better", List.of(items("q", "query_metrics", 30, 0, "smalltalk")));
        assertThat(Gate.evaluate(Comparisons.compare(worse, better), GatePolicy.DEFAULT).passed()).isTrue();
        assertThat(Gate.evaluate(Comparisons.compare(better, worse), GatePolicy.DEFAULT).passed()).isFalse();
        Experiment elsewhere = run("elsewhere", List.of(items("z", "query_metrics", 5, 0, "x")));
        GateVerdict none = Gate.evaluate(Comparisons.compare(better, elsewhere), GatePolicy.DEFAULT);
        assertThat(none.passed()).isFalse();
        assertThat(check(none, "paired items").passed()).isFalse();
    }

    @Test
    void policyBounds() {
        assertThatThrownBy(() -> new GatePolicy(OptionalDouble.of(1.5), 0.05, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GatePolicy(OptionalDouble.empty(), -0.1, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GatePolicy(OptionalDouble.empty(), 0.05, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
