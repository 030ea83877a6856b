package io.adcopilot.agent.session;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.agent.turn.Clarification;
import io.adcopilot.agent.turn.PendingWrite;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Preview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Dialogue state to and from JSON, for storage. */
public final class StateCodec {

    private StateCodec() {}

    public static String write(DialogueState state) {
        ObjectNode out = Json.object();
        state.lastFrame().ifPresent(f -> out.set("last_frame", frame(f)));
        state.pendingWrite().ifPresent(w -> {
            ObjectNode n = out.putObject("pending_write").put("tool", w.tool()).put("token", w.token())
                    .put("expires_at", w.expiresAt().toString());
            n.set("arguments", w.arguments());
            n.set("preview", Json.MAPPER.valueToTree(w.preview()));
        });
        state.pendingClarification().ifPresent(c -> {
            ObjectNode n = out.putObject("pending_clarification").put("slot", c.slot()).put("question", c.question());
            n.set("frame", frame(c.frame()));
            n.set("options", Json.MAPPER.valueToTree(c.options()));
        });
        return Json.MAPPER.writeValueAsString(out);
    }

    public static DialogueState read(String json) {
        if (json == null || json.isBlank()) return DialogueState.EMPTY;
        JsonNode n = Json.MAPPER.readTree(json);
        Optional<Frame> last = n.has("last_frame") ? Optional.of(frame(n.get("last_frame"))) : Optional.empty();
        Optional<PendingWrite> write = Optional.empty();
        if (n.has("pending_write")) {
            JsonNode w = n.get("pending_write");
            write = Optional.of(new PendingWrite(w.path("tool").asString(), w.path("arguments"),
                    Json.MAPPER.treeToValue(w.path("preview"), Preview.class), w.path("token").asString(),
                    Instant.parse(w.path("expires_at").asString())));
        }
        Optional<Clarification> clarification = Optional.empty();
        if (n.has("pending_clarification")) {
            JsonNode c = n.get("pending_clarification");
            clarification = Optional.of(new Clarification(frame(c.path("frame")), c.path("slot").asString(),
                    candidates(c.path("options")), c.path("question").asString()));
        }
        return new DialogueState(last, write, clarification);
    }

    static ObjectNode frame(Frame f) {
        ObjectNode n = Json.object().put("intent", f.intent()).put("confidence", f.confidence());
        n.set("slots", f.slots().toJson());
        var ambiguities = n.putArray("ambiguities");
        for (Frame.Ambiguity a : f.ambiguities()) {
            ObjectNode an = ambiguities.addObject().put("mention", a.mention()).put("slot", a.slot());
            an.set("candidates", Json.MAPPER.valueToTree(a.candidates()));
        }
        return n;
    }

    static Frame frame(JsonNode n) {
        List<Frame.Ambiguity> ambiguities = new ArrayList<>();
        for (JsonNode a : n.path("ambiguities")) {
            ambiguities.add(new Frame.Ambiguity(a.path("mention").asString(), a.path("slot").asString(),
                    candidates(a.path("candidates"))));
        }
        return new Frame(n.path("intent").asString(), Slots.fromJson(n.path("slots")), n.path("confidence").asDouble(),
                ambiguities);
    }

    private static List<Frame.Candidate> candidates(JsonNode array) {
        List<Frame.Candidate> out = new ArrayList<>();
        array.forEach(c -> out.add(new Frame.Candidate(c.path("id").asString(), c.path("name").asString())));
        return out;
    }
}
