package io.adcopilot.eval.compare;

import io.adcopilot.core.json.Json;
import io.adcopilot.eval.stats.McNemar;
import tools.jackson.databind.node.ObjectNode;

/** A comparison as JSON, for the HTTP API and for files. */
public final class ComparisonJson {

    private ComparisonJson() {}

    public static ObjectNode write(Comparison c) {
        ObjectNode out = Json.object();
        out.set("baseline", side(c.baseline()));
        out.set("candidate", side(c.candidate()));
        out.set("pairing", Json.MAPPER.valueToTree(c.pairing()));
        ObjectNode overall = out.putObject("overall");
        c.overall().forEach(m -> overall.putObject(m.metric()).put("baseline", m.baseline())
                .put("candidate", m.candidate()).put("delta", m.delta()));
        out.set("intent_mcnemar", test(c.intentTest()));
        ObjectNode intents = out.putObject("per_intent");
        for (Comparison.IntentDelta d : c.intents()) {
            ObjectNode i = intents.putObject(d.intent()).put("items", d.items())
                    .put("baseline_right", d.baselineRight()).put("candidate_right", d.candidateRight())
                    .put("baseline_accuracy", d.baselineAccuracy()).put("candidate_accuracy", d.candidateAccuracy())
                    .put("accuracy_delta", 0.0 - d.drop());
            i.set("mcnemar", test(d.test()));
            i.set("baseline", Json.MAPPER.valueToTree(d.baseline()));
            i.set("candidate", Json.MAPPER.valueToTree(d.candidate()));
            i.put("f1_delta", d.candidate().f1() - d.baseline().f1());
        }
        ObjectNode slots = out.putObject("per_slot");
        for (Comparison.SlotDelta d : c.slots()) {
            ObjectNode s = slots.putObject(d.slot());
            s.set("baseline", Json.MAPPER.valueToTree(d.baseline()));
            s.set("candidate", Json.MAPPER.valueToTree(d.candidate()));
            s.put("f1_delta", d.f1Delta());
        }
        out.set("new_intents", Json.MAPPER.valueToTree(c.newIntents()));
        return out;
    }

    private static ObjectNode side(Comparison.Side s) {
        ObjectNode out = Json.object().put("id", s.id()).put("name", s.name()).put("engine", s.engine())
                .put("dataset", s.dataset().name());
        s.dataset().version().ifPresent(v -> out.put("dataset_version", v));
        return out.put("dataset_hash", s.dataset().hash()).put("items", s.items()).put("intent_accuracy", s.intentAccuracy());
    }

    private static ObjectNode test(McNemar t) {
        return Json.object().put("b", t.b()).put("c", t.c()).put("p_value", t.pValue());
    }
}
