package io.adcopilot.server.api;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import io.adcopilot.agent.nlu.Turn;
import io.adcopilot.core.json.Json;
import io.adcopilot.core.tool.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/nlu}: what an utterance means, with no side effects. */
public final class NluApi {

    private final NluEngine engine;
    private final Callers callers;
    private final Clock clock;

    public NluApi(NluEngine engine, Callers callers, Clock clock) {
        this.engine = engine;
        this.callers = callers;
        this.clock = clock;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/api/nlu", this::understand);
    }

    private void understand(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (JacksonException e) {
            throw ApiError.badRequest(null, "the body must be JSON: {\"text\": \"…\", \"history\"?: [{\"role\", \"text\"}], \"now\"?: ISO-8601}");
        }
        if (body == null || !body.path("text").isString() || body.path("text").asString().isBlank()) {
            throw ApiError.badRequest("text", "text is required: the utterance to understand");
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (body.hasNonNull("now")) {
            try {
                now = OffsetDateTime.parse(body.path("now").asString()).toZonedDateTime();
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("now", "now must be ISO-8601 with an offset, e.g. 2026-11-20T10:00:00+08:00");
            }
        }
        List<Turn> history = new ArrayList<>();
        if (body.has("history")) {
            if (!body.path("history").isArray()) throw ApiError.badRequest("history", "history must be a list of {role, text}");
            for (JsonNode turn : body.path("history")) {
                history.add(new Turn(turn.path("role").asString("user"), turn.path("text").asString("")));
            }
        }
        Frame frame = engine.understand(body.path("text").asString(), new NluContext(principal, now, history));
        ctx.json(json(frame));
    }

    /** A frame as the API and the predictions format write it, with its ambiguities when there are any. */
    public static ObjectNode json(Frame frame) {
        ObjectNode out = Json.object().put("intent", frame.intent());
        out.set("slots", frame.slots().toJson());
        out.put("confidence", Math.round(frame.confidence() * 10_000) / 10_000.0);
        if (!frame.ambiguities().isEmpty()) out.set("ambiguities", Json.MAPPER.valueToTree(frame.ambiguities()));
        return out;
    }
}
