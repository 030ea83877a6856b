package io.adcopilot.server.api;

import io.adcopilot.core.json.Json;
import io.adcopilot.eval.dataset.DatasetVersion;
import io.adcopilot.eval.experiment.DatasetRef;
import io.adcopilot.eval.experiment.ExperimentSummary;
import io.adcopilot.eval.gate.GatePolicy;
import io.adcopilot.eval.gate.GateVerdict;
import tools.jackson.databind.node.ObjectNode;

/** The JSON the evaluation API answers with: dataset versions, experiment summaries, gate verdicts. */
final class EvalViews {

    private EvalViews() {}

    static ObjectNode version(DatasetVersion v) {
        return Json.object().put("name", v.name()).put("version", v.version()).put("hash", v.hash())
                .put("items", v.items()).put("created_at", v.createdAt().toString()).put("source", v.source());
    }

    static ObjectNode summary(ExperimentSummary s) {
        ObjectNode out = Json.object().put("id", s.id()).put("name", s.name());
        dataset(out, s.dataset());
        out.put("engine", s.engine()).put("created_at", s.createdAt().toString()).put("items", s.items());
        ObjectNode metrics = out.putObject("metrics");
        s.metrics().forEach(metrics::put);
        return out;
    }

    static void dataset(ObjectNode out, DatasetRef dataset) {
        out.put("dataset", dataset.name());
        dataset.version().ifPresent(v -> out.put("dataset_version", v));
        out.put("dataset_hash", dataset.hash());
    }

    static ObjectNode gate(GatePolicy policy, GateVerdict verdict) {
        ObjectNode out = Json.object().put("passed", verdict.passed());
        ObjectNode p = out.putObject("policy");
        if (policy.minIntentAccuracy().isPresent()) p.put("min_intent_accuracy", policy.minIntentAccuracy().getAsDouble());
        else p.putNull("min_intent_accuracy");
        p.put("max_intent_drop", policy.maxIntentDrop()).put("alpha", policy.alpha());
        var checks = out.putArray("checks");
        verdict.checks().forEach(c -> checks.addObject().put("name", c.name()).put("passed", c.passed())
                .put("detail", c.detail()));
        return out;
    }
}
