package io.adcopilot.eval.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import io.adcopilot.agent.nlu.DemoCatalogs;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.dataset.Datasets;
import io.adcopilot.agent.nlu.embedded.BuiltInExamples;
import io.adcopilot.agent.nlu.embedded.EmbeddedEngine;
import io.adcopilot.agent.nlu.embedded.ExampleCatalogs;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.agent.nlu.lexicon.Lexicon;
import io.adcopilot.core.embed.BgeSmallZh;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The embedded engine trained on four fifths of its own examples and judged on the fifth it never saw, and on the
 * shared development set when it is at hand. The floors fail the build when accuracy regresses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedEngineEvaluationTest {

    private EmbeddedEngine engine;
    private List<DatasetItem> heldOut;

    @BeforeAll
    void train() {
        List<DatasetItem> all = BuiltInExamples.all();
        heldOut = all.stream().filter(BuiltInExamples::heldOut).toList();
        engine = EmbeddedEngine.train(all.stream().filter(i -> !BuiltInExamples.heldOut(i)).toList(),
                BgeSmallZh.get(), p -> DemoCatalogs.of(p.advertiserId()), ExampleCatalogs::of, Lexicon.adDomain());
    }

    private static NluScores score(EmbeddedEngine engine, List<DatasetItem> items, String name) {
        var predictions = Predictor.run(engine, items, id -> new Principal(id, "test"))
                .stream().map(Predictor.Timed::prediction).toList();
        NluScores s = NluScorer.score(Predictor.gold(items), NluScorer.byId(predictions));
        System.out.printf("%s (%d items): intent_acc=%.3f slot_f1=%.3f (p=%.3f r=%.3f) frame_acc=%.3f oos_p=%.2f oos_r=%.2f%n",
                name, s.items(), s.intentAccuracy(), s.slotF1(), s.slotPrecision(), s.slotRecall(), s.frameAccuracy(),
                s.oosPrecision(), s.oosRecall());
        s.errors().stream().limit(60).forEach(e -> System.out.println("  " + e));
        var conf = new java.util.TreeMap<String, java.util.List<Double>>();
        for (int i = 0; i < items.size(); i++) {
            var p = predictions.get(i);
            String k = p.intent().equals(items.get(i).intent()) ? "right" : "wrong";
            conf.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(p.confidence());
            if (k.equals("wrong") || p.confidence() < 0.6) System.out.printf("  conf %.3f %s %s -> %s%n", p.confidence(), items.get(i).text(), items.get(i).intent(), p.intent());
        }
        conf.forEach((k, v) -> { java.util.Collections.sort(v); System.out.printf("  %s n=%d p10=%.3f p25=%.3f p50=%.3f%n", k, v.size(), v.get(v.size()/10), v.get(v.size()/4), v.get(v.size()/2)); });
        return s;
    }

    @Test
    void heldOutExamples() {
        NluScores s = score(engine, heldOut, "held-out examples");
        assertThat(s.intentAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.slotF1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void developmentSet() {
        Path dev = Path.of("..", "..", "shared", "datasets", "ad-nlu-dev.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dev), "../shared is not here");
        NluScores s = score(engine, Datasets.read(dev), "dev set");
        assertThat(s.intentAccuracy()).isGreaterThanOrEqualTo(0.90);
    }
}
