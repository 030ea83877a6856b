package io.adcopilot.eval.compare;

import static io.adcopilot.eval.experiment.Fixtures.experiment;
import static io.adcopilot.eval.experiment.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.adcopilot.eval.experiment.Experiment;
import io.adcopilot.eval.experiment.ItemResult;
import io.adcopilot.eval.stats.McNemar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two hand-made runs: the candidate adds {@code remember_preference}, which takes two query_metrics items and a
 * smalltalk item the baseline had right, and gets the one item labelled with it that the baseline called smalltalk.
 */
public class ComparisonTest {

    static final String COST = "{\"metrics\": [\"cost\"]}";

    public static Experiment baseline() {
        List<ItemResult> items = new ArrayList<>();
        for (int i = 1; i <= 6; i++) items.add(result("q" + i, "query_metrics", COST, "query_metrics", COST));
        for (int i = 1; i <= 4; i++) items.add(result("b" + i, "update_budget", "update_budget"));
        items.add(result("s1", "smalltalk", "smalltalk"));
        items.add(result("s2", "smalltalk", "query_metrics"));
        items.add(result("m1", "remember_preference", "smalltalk"));
        items.add(result("x1", "query_metrics", "query_metrics"));
        return experiment("baseline", items);
    }

    public static Experiment candidate() {
        List<ItemResult> items = new ArrayList<>();
        for (int i = 1; i <= 4; i++) items.add(result("q" + i, "query_metrics", COST, "query_metrics", COST));
        items.add(result("q5", "query_metrics", COST, "remember_preference", "{}"));
        items.add(result("q6", "query_metrics", COST, "remember_preference", "{}"));
        for (int i = 1; i <= 4; i++) items.add(result("b" + i, "update_budget", "update_budget"));
        items.add(result("s1", "smalltalk", "remember_preference"));
        items.add(result("s2", "smalltalk", "smalltalk"));
        items.add(result("m1", "remember_preference", "remember_preference"));
        items.add(result("y1", "account_balance", "account_balance"));
        return experiment("candidate", items);
    }

    @Test
    void pairsByIdAndTestsIntentCorrectness() {
        Comparison c = Comparisons.compare(baseline(), candidate());
        assertThat(c.pairing()).isEqualTo(new Comparison.Pairing(13, 1, 1, 0));
        // right only in the baseline: q5, q6, s1; only in the candidate: s2, m1 → p = 2·(1+5+10)/32, capped at 1
        assertThat(c.intentTest()).isEqualTo(new McNemar(3, 2, 1.0));
        Map<String, Comparison.MetricDelta> overall = c.overall().stream()
                .collect(Collectors.toMap(Comparison.MetricDelta::metric, Function.identity()));
        assertThat(overall.get("intent_accuracy").baseline()).isCloseTo(11.0 / 13, within(1e-12));
        assertThat(overall.get("intent_accuracy").candidate()).isCloseTo(10.0 / 13, within(1e-12));
        assertThat(overall.get("intent_accuracy").delta()).isCloseTo(-1.0 / 13, within(1e-12));
        // slots: 6 cost pairs; the candidate drops 2 → recall 4/6, F1 0.8
        assertThat(overall.get("slot_f1").baseline()).isEqualTo(1.0);
        assertThat(overall.get("slot_f1").candidate()).isCloseTo(0.8, within(1e-12));
        assertThat(overall).containsKeys("latency_p50_ms", "throughput_items_per_s").doesNotContainKey("total_tokens");
        // the sides' own accuracy counts every item they ran
        assertThat(c.baseline().intentAccuracy()).isCloseTo(12.0 / 14, within(1e-12));
        assertThat(c.candidate().intentAccuracy()).isCloseTo(11.0 / 14, within(1e-12));
    }

    @Test
    void perIntentAndPerSlot() {
        Comparison c = Comparisons.compare(baseline(), candidate());
        Map<String, Comparison.IntentDelta> intents = c.intents().stream()
                .collect(Collectors.toMap(Comparison.IntentDelta::intent, Function.identity()));
        assertThat(intents).containsOnlyKeys("query_metrics", "update_budget", "smalltalk", "remember_preference");
        Comparison.IntentDelta q = intents.get("query_metrics");
        assertThat(q.items()).isEqualTo(6);
        assertThat(q.baselineRight()).isEqualTo(6);
        assertThat(q.candidateRight()).isEqualTo(4);
        assertThat(q.drop()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(q.test()).isEqualTo(new McNemar(2, 0, 0.5));
        // baseline: 6 right, s2 wrongly query_metrics → precision 6/7; candidate: precision 1, recall 4/6
        assertThat(q.baseline().precision()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(q.candidate().precision()).isEqualTo(1.0);
        assertThat(q.candidate().recall()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(intents.get("update_budget").drop()).isZero();
        assertThat(intents.get("update_budget").test().pValue()).isEqualTo(1.0);
        assertThat(intents.get("smalltalk").test()).isEqualTo(new McNemar(1, 1, 1.0));
        assertThat(intents.get("remember_preference").drop()).isEqualTo(-1.0);
        Comparison.SlotDelta metrics = c.slots().get(0);
        assertThat(metrics.slot()).isEqualTo("metrics");
        assertThat(metrics.f1Delta()).isCloseTo(-0.2, within(1e-12));
    }

    @Test
    void newIntentImpact() {
        Comparison c = Comparisons.compare(baseline(), candidate());
        assertThat(c.newIntents()).containsExactly(new Comparison.NewIntent("remember_preference", 4, 1, 1, List.of(
                new Comparison.NewIntent.Source("query_metrics", 2, 0, 0, List.of("q5", "q6")),
                new Comparison.NewIntent.Source("smalltalk", 1, 1, 0, List.of("s1")))));
        assertThat(Comparisons.compare(candidate(), baseline()).newIntents()).isEmpty();
    }

    @Test
    void judgesBothByTheCandidatesLabels() {
        List<ItemResult> relabelled = new ArrayList<>(baseline().items());
        // the baseline's run had s2 labelled query_metrics (so it was right there); the candidate's label is smalltalk
        relabelled.set(11, result("s2", "query_metrics", "query_metrics"));
        Comparison c = Comparisons.compare(experiment("old-labels", relabelled), candidate());
        assertThat(c.pairing().relabelled()).isEqualTo(1);
        assertThat(c.intentTest()).isEqualTo(new McNemar(3, 2, 1.0));
    }
}
