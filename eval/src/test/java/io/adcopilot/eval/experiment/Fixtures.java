package io.adcopilot.eval.experiment;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.dataset.DatasetItem;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.eval.nlu.Prediction;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Test data: items and frames written as JSON, an engine that answers from a script, experiments built by hand. */
public final class Fixtures {

    public static final Function<String, Principal> PRINCIPALS = id -> new Principal(id, "test-token");

    private Fixtures() {}

    public static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }

    /** A dataset item of adv-1001 on 2026-11-20 10:00 Shanghai. */
    public static DatasetItem item(String id, String text, String intent, String slots) {
        return DatasetItem.fromJson(json("{\"id\": \"" + id + "\", \"now\": \"2026-11-20T10:00:00+08:00\", "
                + "\"advertiser\": \"adv-1001\", \"text\": \"" + text + "\", \"intent\": \"" + intent + "\", \"slots\": "
                + slots + "}"));
    }

    public static Frame frame(String intent, String slots) {
        return new Frame(intent, Slots.fromJson(json(slots)), 0.9);
    }

    /** An engine that answers each text from the script; a text mapped to null makes it throw. */
    public static final class ScriptedEngine implements NluEngine {

        private final Map<String, Frame> script = new HashMap<>();

        public ScriptedEngine answer(String text, Frame frame) {
            script.put(text, frame);
            return this;
        }

        @Override
        public Frame understand(String text, NluContext context) {
            Frame f = script.get(text);
            if (f == null) throw new IllegalStateException("no answer scripted for " + text);
            return f;
        }

        @Override
        public String name() {
            return "scripted";
        }
    }

    /** One item of an experiment, made directly: gold intent and metrics slot, predicted intent and metrics. */
    public static ItemResult result(String id, String gold, String predicted) {
        return result(id, gold, "{}", predicted, "{}");
    }

    public static ItemResult result(String id, String gold, String goldSlots, String predicted, String predictedSlots) {
        return new ItemResult(id, "text of " + id, gold, json(goldSlots),
                new Prediction(id, predicted, json(predictedSlots), 0.9), 1.0, Optional.empty(), Optional.empty());
    }

    public static Experiment experiment(String name, List<ItemResult> items) {
        return Experiment.of("exp_" + name, name, DatasetRef.of("fixture", 1, "hash"), "scripted",
                Instant.parse("2026-11-20T02:00:00Z"), 1.0, 1, Optional.empty(), items);
    }
}
