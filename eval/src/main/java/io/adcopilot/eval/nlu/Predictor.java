package io.adcopilot.eval.nlu;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import io.adcopilot.core.tool.Principal;

/** Runs an engine over a dataset: one prediction per item, in order, with each item's latency. */
public final class Predictor {

    /** A prediction and how long it took. */
    public record Timed(Prediction prediction, double millis) {}

    private Predictor() {}

    /** Runs the engine on every item, for a principal of the item's advertiser. */
    public static List<Timed> run(NluEngine engine, List<DatasetItem> items, Function<String, Principal> principals) {
        List<Timed> out = new ArrayList<>();
        for (DatasetItem item : items) {
            long t0 = System.nanoTime();
            Frame frame = engine.understand(item.text(), item.context(principals));
            double millis = (System.nanoTime() - t0) / 1e6;
            out.add(new Timed(new Prediction(item.id(), frame.intent(), frame.slots().toJson(), frame.confidence()), millis));
        }
        return out;
    }

    public static List<Gold> gold(List<DatasetItem> items) {
        return items.stream().map(i -> new Gold(i.id(), i.text(), i.intent(), i.slots().toJson())).toList();
    }
}
