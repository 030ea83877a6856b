package io.adcopilot.eval.experiment;

import static io.adcopilot.eval.experiment.Fixtures.frame;
import static io.adcopilot.eval.experiment.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.llm.LlmCallStats;
import io.adcopilot.eval.nlu.NluScores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An experiment over seven hand-labelled items with scripted answers; every expected number below was worked out
 * by hand from the spec's definitions (see the comments).
 */
class ExperimentRunnerTest {

    static final List<DatasetItem> ITEMS = List.of(
            item("a1", "昨天花了多少", "query_metrics",
                    "{\"metrics\": [\"cost\"], \"time_range\": {\"start\": \"2026-11-19\", \"end\": \"2026-11-19\"}}"),
            item("a2", "上周点击和转化", "query_metrics",
                    "{\"metrics\": [\"clicks\", \"conversions\"], \"time_range\": {\"start\": \"2026-11-09\", \"end\": \"2026-11-15\"}}"),
            item("a3", "预算提高到5000", "update_budget",
                    "{\"campaign\": [\"c-1001\"], \"budget\": {\"op\": \"set\", \"value\": 5000, \"unit\": \"CNY\"}}"),
            item("a4", "今天天气怎么样", "out_of_scope", "{}"),
            item("a5", "你好", "smalltalk", "{}"),
            item("a6", "写首诗", "out_of_scope", "{}"),
            item("a7", "余额", "account_balance", "{}"));

    static final Fixtures.ScriptedEngine ENGINE = new Fixtures.ScriptedEngine()
            // right, every pair right
            .answer("昨天花了多少", frame("query_metrics",
                    "{\"metrics\": [\"cost\"], \"time_range\": {\"start\": \"2026-11-19\", \"end\": \"2026-11-19\"}}"))
            // right intent, one metric missing
            .answer("上周点击和转化", frame("query_metrics",
                    "{\"metrics\": [\"clicks\"], \"time_range\": {\"start\": \"2026-11-09\", \"end\": \"2026-11-15\"}}"))
            // wrong intent; budget right (5000.0 equals 5000), campaign missing, an ad group extra
            .answer("预算提高到5000", frame("update_bid",
                    "{\"ad_group\": [\"g-1\"], \"budget\": {\"op\": \"set\", \"value\": 5000.0, \"unit\": \"CNY\"}}"))
            .answer("今天天气怎么样", frame("out_of_scope", "{}"))
            .answer("你好", frame("out_of_scope", "{}"))
            .answer("写首诗", frame("smalltalk", "{}"));
    // "余额" is not scripted: the engine throws on it

    private static Experiment run(int threads) {
        var runner = new ExperimentRunner(Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC));
        return runner.run(DatasetRef.file("fixture", "h"), ITEMS, ENGINE, Fixtures.PRINCIPALS,
                ExperimentRunner.Options.named("hand").withThreads(threads));
    }

    @Test
    void metricsAsWorkedOutByHand() {
        Experiment e = run(1);
        NluScores s = e.scores();
        // intents right: a1, a2, a4 of 7
        assertThat(s.intentAccuracy()).isCloseTo(3.0 / 7, within(1e-12));
        // F1 of intents with gold items: query_metrics 1, update_budget 0, out_of_scope 0.5 (tp a4, fp a5, fn a6),
        // smalltalk 0, account_balance 0 → 1.5 / 5
        assertThat(s.intentMacroF1()).isCloseTo(0.3, within(1e-12));
        // pairs: a1 tp 2; a2 tp 2 fn 1; a3 tp 1 (budget) fn 1 (campaign) fp 1 (ad_group) → tp 5, fp 1, fn 2
        assertThat(s.slotPrecision()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(s.slotRecall()).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(s.slotF1()).isCloseTo(10.0 / 13, within(1e-12));
        // frames right: a1, a4
        assertThat(s.frameAccuracy()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(s.oosPrecision()).isCloseTo(0.5, within(1e-12));
        assertThat(s.oosRecall()).isCloseTo(0.5, within(1e-12));

        assertThat(e.metrics()).containsOnlyKeys(Experiment.METRICS);
        assertThat(s.perIntent().get("query_metrics")).isEqualTo(new NluScores.Prf(1, 1, 1, 2, 0, 0));
        assertThat(s.perIntent().get("update_bid")).isEqualTo(new NluScores.Prf(0, 0, 0, 0, 1, 0));
        assertThat(s.perIntent().get("out_of_scope")).isEqualTo(new NluScores.Prf(0.5, 0.5, 0.5, 1, 1, 1));
        assertThat(s.perIntent().get("account_balance")).isEqualTo(new NluScores.Prf(0, 0, 0, 0, 0, 1));
        // metrics: tp cost, clicks; fn conversions → P 1, R 2/3, F1 4/5
        NluScores.Prf metrics = s.perSlot().get("metrics");
        assertThat(metrics.precision()).isEqualTo(1.0);
        assertThat(metrics.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(metrics.f1()).isCloseTo(0.8, within(1e-12));
        assertThat(s.perSlot().get("ad_group")).isEqualTo(new NluScores.Prf(0, 0, 0, 0, 1, 0));
        assertThat(s.perSlot().get("budget")).isEqualTo(new NluScores.Prf(1, 1, 1, 1, 0, 0));
        assertThat(s.confusion()).isEqualTo(Map.of(
                "query_metrics", Map.of("query_metrics", 2),
                "update_budget", Map.of("update_bid", 1),
                "out_of_scope", Map.of("out_of_scope", 1, "smalltalk", 1),
                "smalltalk", Map.of("out_of_scope", 1),
                "account_balance", Map.of("(none)", 1)));
        // not fully right: a2, a3, a5, a6, a7
        assertThat(s.errors()).extracting(NluScores.ItemError::id).containsExactly("a2", "a3", "a5", "a6", "a7");
    }

    @Test
    void anEngineFailureIsTheItemsErrorAndTheRunGoesOn() {
        Experiment e = run(1);
        ItemResult failed = e.items().get(6);
        assertThat(failed.error()).hasValueSatisfying(m -> assertThat(m).contains("no answer scripted for 余额"));
        assertThat(failed.prediction().intent()).isNull();
        assertThat(e.engineErrors()).hasSize(1);
        assertThat(e.items()).extracting(ItemResult::id).containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7");
        assertThat(e.name()).isEqualTo("hand");
        assertThat(e.engine()).isEqualTo("scripted");
        assertThat(e.id()).startsWith("exp_");
        assertThat(e.createdAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
        assertThat(e.usage()).isEmpty();
        assertThat(e.cost()).isEmpty();
    }

    @Test
    void threadsKeepTheOrderAndTheScores() {
        Experiment one = run(1);
        Experiment four = run(4);
        assertThat(four.items()).extracting(ItemResult::id).containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7");
        assertThat(four.metrics()).isEqualTo(one.metrics());
        assertThat(four.threads()).isEqualTo(4);
    }

    @Test
    void refusesItemsWithoutALabel() {
        DatasetItem unlabelled = DatasetItem.fromJson(Fixtures.json("{\"id\": \"u\", \"now\": \"2026-11-20T10:00:00+08:00\", "
                + "\"advertiser\": \"adv-1001\", \"text\": \"hi\"}"));
        assertThatThrownBy(() -> new ExperimentRunner(Clock.systemUTC()).run(DatasetRef.file("x", "h"), List.of(unlabelled),
                ENGINE, Fixtures.PRINCIPALS, ExperimentRunner.Options.named(null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item u has no intent");
    }

    /** An engine that reports LLM calls: tokens depend on the text, so each item's usage can be checked. */
    static final class MeteredEngine implements NluEngine {
        final LlmUsageMeter meter = new LlmUsageMeter();

        @Override
        public Frame understand(String text, NluContext context) {
            int n = text.length();
            meter.onCall(new LlmCallStats("m", 100L * n, 10L * n, 5, LlmCallStats.Outcome.VALID, 0));
            if (n % 2 == 0) meter.onCall(new LlmCallStats("m", 7, 1, 5, LlmCallStats.Outcome.INVALID, 1));
            return frame("smalltalk", "{}");
        }

        @Override
        public String name() {
            return "metered";
        }
    }

    @Test
    void usageAndCostPerItemWhenTheEngineReportsThem() {
        MeteredEngine engine = new MeteredEngine();
        Pricing pricing = new Pricing(2.0, 8.0, "CNY");
        Experiment e = new ExperimentRunner(Clock.systemUTC()).run(DatasetRef.file("fixture", "h"), ITEMS, engine,
                Fixtures.PRINCIPALS, ExperimentRunner.Options.named("metered").withThreads(3)
                        .withUsage(engine.meter, Optional.of(pricing)));
        long input = 0, output = 0, calls = 0;
        for (int i = 0; i < ITEMS.size(); i++) {
            int n = ITEMS.get(i).text().length();
            Usage expected = n % 2 == 0 ? new Usage(2, 100L * n + 7, 10L * n + 1) : new Usage(1, 100L * n, 10L * n);
            assertThat(e.items().get(i).usage()).contains(expected);
            input += expected.inputTokens();
            output += expected.outputTokens();
            calls += expected.calls();
        }
        assertThat(e.usage()).contains(new Usage(calls, input, output));
        double expectedCost = (input * 2.0 + output * 8.0) / 1e6;
        assertThat(e.cost()).hasValueSatisfying(c -> assertThat(c).isCloseTo(expectedCost, within(1e-12)));
    }

    @Test
    void latencyPercentilesByNearestRank() {
        LatencySummary l = LatencySummary.of(new double[]{5, 1, 3, 2, 4, 10, 6, 7, 8, 9});
        assertThat(l).isEqualTo(new LatencySummary(5, 9, 10, 5.5, 10));
        assertThat(LatencySummary.of(new double[]{4})).isEqualTo(new LatencySummary(4, 4, 4, 4, 4));
        assertThat(LatencySummary.of(new double[0])).isEqualTo(LatencySummary.NONE);
        Experiment e = run(1);
        assertThat(e.latency().max()).isGreaterThanOrEqualTo(e.latency().p99());
        assertThat(e.throughput()).isGreaterThan(0);
    }
}
