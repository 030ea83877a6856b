package io.adcopilot.server.api;

import io.adcopilot.agent.nlu.slot.Slots;
import io.adcopilot.core.json.Json;
import io.adcopilot.eval.online.Annotation;
import io.adcopilot.eval.online.AnnotationStore;
import io.adcopilot.eval.online.Dashboard;
import io.adcopilot.eval.online.Feedback;
import io.adcopilot.eval.online.FeedbackStore;
import io.adcopilot.eval.online.Monitor;
import io.adcopilot.eval.online.MonitorStore;
import io.adcopilot.eval.online.Monitors;
import io.adcopilot.eval.online.OnlineAccuracy;
import io.adcopilot.eval.online.OnlineEvaluation;
import io.adcopilot.eval.online.SamplingRule;
import io.adcopilot.eval.stats.Wilson;
import io.adcopilot.eval.trace.SpanQueue;
import io.adcopilot.eval.trace.TraceStore;
import io.adcopilot.eval.trace.TraceSummary;
import io.adcopilot.core.tool.Principal;
import io.adcopilot.server.auth.ConsoleTokens;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Online evaluation over HTTP: users' feedback; the annotation queue, labels and agreement; online accuracy with
 * its intervals; sampling rules; monitors and their alerts; and the dashboard's data.
 */
public final class OnlineApi {

    private final TraceStore traces;
    private final SpanQueue queue;
    private final FeedbackStore feedback;
    private final AnnotationStore annotations;
    private final OnlineEvaluation online;
    private final MonitorStore monitorStore;
    private final Monitors monitors;
    private final Dashboard dashboard;
    private final Map<String, Set<String>> slotsByIntent;
    private final Callers callers;
    private final Executor background;
    private final Clock clock;

    public OnlineApi(TraceStore traces, SpanQueue queue, FeedbackStore feedback, AnnotationStore annotations,
                     OnlineEvaluation online, MonitorStore monitorStore, Monitors monitors, Dashboard dashboard,
                     Map<String, Set<String>> slotsByIntent, Callers callers, Executor background, Clock clock) {
        this.traces = traces;
        this.queue = queue;
        this.feedback = feedback;
        this.annotations = annotations;
        this.online = online;
        this.monitorStore = monitorStore;
        this.monitors = monitors;
        this.dashboard = dashboard;
        this.slotsByIntent = slotsByIntent;
        this.callers = callers;
        this.background = background;
        this.clock = clock;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/api/feedback", this::feedback);
        routes.get("/api/annotations/next", this::next);
        routes.post("/api/annotations", this::annotate);
        routes.get("/api/annotations/agreement", this::agreement);
        routes.get("/api/online/accuracy", this::accuracy);
        routes.get("/api/online/sampling", this::sampling);
        routes.put("/api/online/sampling", this::replaceSampling);
        routes.get("/api/monitors", this::monitors);
        routes.post("/api/monitors", this::saveMonitor);
        routes.delete("/api/monitors/{id}", this::deleteMonitor);
        routes.post("/api/monitors/check", this::check);
        routes.get("/api/alerts", this::alerts);
        routes.get("/api/dashboard", this::dashboard);
    }

    /** A written turn (waiting for the trace writer once if it is not there yet). */
    private Optional<TraceSummary> turn(String traceId) {
        Optional<TraceSummary> found = traces.summary(traceId);
        if (found.isPresent()) return found;
        queue.flush();
        return traces.summary(traceId);
    }

    private void feedback(Context ctx) {
        Principal principal = callers.advertiser(ctx);
        JsonNode body = JsonBodies.object(ctx, "{\"trace_id\": \"…\", \"score\": 1 or -1, \"comment\"?: \"…\", \"corrected_intent\"?: \"…\"}");
        String traceId = JsonBodies.text(body, "trace_id", 64, "the trace_id of the reply");
        int score = body.path("score").asInt(0);
        if (!body.path("score").isIntegralNumber() || (score != 1 && score != -1)) {
            throw ApiError.badRequest("score", "score must be 1 (thumbs up) or -1 (thumbs down)");
        }
        String comment = body.path("comment").isString() ? body.path("comment").asString() : null;
        if (comment != null && comment.length() > 2000) throw ApiError.badRequest("comment", "comment is too long (at most 2000 characters)");
        String corrected = body.path("corrected_intent").isString() ? body.path("corrected_intent").asString() : null;
        if (corrected != null && !slotsByIntent.containsKey(corrected)) {
            throw ApiError.badRequest("corrected_intent", "unknown intent '" + corrected + "'; one of " + slotsByIntent.keySet());
        }
        TraceSummary turn = turn(traceId).filter(t -> principal.advertiserId().equals(t.advertiserId()))
                .orElseThrow(() -> ApiError.notFound("no trace " + traceId + " of this advertiser"));
        Feedback f = new Feedback(turn.traceId(), principal.advertiserId(), score, comment, corrected, clock.instant());
        feedback.add(f);
        online.feedback(f);
        ctx.status(201).json(Map.of("status", "recorded"));
    }

    private void next(Context ctx) {
        ConsoleTokens.Staff staff = callers.staff(ctx);
        Set<String> skipped = QueryParams.text(ctx, "skip").map(v -> Set.copyOf(List.of(v.split(",")))).orElse(Set.of());
        Optional<TraceSummary> turn = annotations.next(staff.name(), skipped).flatMap(traces::summary);
        if (turn.isEmpty()) {
            ctx.status(204);
            return;
        }
        TraceSummary t = turn.get();
        List<TraceSummary> earlier = new ArrayList<>();
        Optional<TraceSummary> before = traces.previous(t);
        while (before.isPresent() && earlier.size() < 3) {
            earlier.add(0, before.get());
            before = traces.previous(before.get());
        }
        ArrayNode history = Json.MAPPER.createArrayNode();
        earlier.forEach(e -> history.add(Json.object().put("role", "user").put("text", e.text())));
        ObjectNode predicted = Json.object().put("intent", t.intent());
        predicted.set("slots", Json.MAPPER.readTree(t.slots() == null ? "{}" : t.slots()));
        if (t.confidence() != null) predicted.put("confidence", t.confidence());
        ObjectNode out = Json.object().put("trace_id", t.traceId()).put("text", t.text())
                .put("started_at", t.startedAt().toString()).put("advertiser_id", t.advertiserId());
        out.set("history", history);
        out.set("predicted", predicted);
        out.set("flags", Json.MAPPER.valueToTree(annotations.flags(t.traceId())));
        out.set("intents", Json.MAPPER.valueToTree(slotsByIntent.keySet()));
        ctx.json(out);
    }

    private void annotate(Context ctx) {
        ConsoleTokens.Staff staff = callers.staff(ctx);
        JsonNode body = JsonBodies.object(ctx, "{\"trace_id\": \"…\", \"intent\": \"query_metrics\", \"slots\": {…}}");
        String traceId = JsonBodies.text(body, "trace_id", 64, "the turn being labelled");
        String intent = JsonBodies.text(body, "intent", 64, "the intent the turn should have had");
        if (!slotsByIntent.containsKey(intent)) {
            throw ApiError.badRequest("intent", "unknown intent '" + intent + "'; one of " + slotsByIntent.keySet());
        }
        JsonNode slots = body.path("slots").isMissingNode() || body.path("slots").isNull() ? Json.object() : body.path("slots");
        if (!slots.isObject()) throw ApiError.badRequest("slots", "slots must be an object in the spec's slot forms");
        Set<String> unknown = new HashSet<>(slots.propertyNames());
        unknown.removeAll(slotsByIntent.get(intent));
        if (!unknown.isEmpty()) throw ApiError.badRequest("slots", intent + " takes no slot " + unknown);
        try {
            Slots.fromJson(slots);
        } catch (RuntimeException e) {
            throw ApiError.badRequest("slots", "slots are not in the spec's forms: " + e.getMessage());
        }
        if (!annotations.queued(traceId)) throw ApiError.notFound("turn " + traceId + " is not in the annotation queue");
        annotations.annotate(new Annotation(traceId, staff.name(), intent, Json.MAPPER.writeValueAsString(slots), clock.instant()));
        background.execute(monitors::check);
        ctx.status(201).json(Map.of("status", "saved"));
    }

    private void agreement(Context ctx) {
        callers.staff(ctx);
        AnnotationStore.Agreement a = annotations.agreement();
        ObjectNode out = Json.object().put("turns", a.turns()).put("intent_agreements", a.intentAgreements())
                .put("frame_agreements", a.frameAgreements());
        out.set("intent_agreement", interval(a.intentAgreements(), a.turns()));
        ctx.json(out);
    }

    private void accuracy(Context ctx) {
        callers.staff(ctx);
        int days = QueryParams.integer(ctx, "days", 30, 1, 366);
        OnlineAccuracy accuracy = OnlineAccuracy.of(annotations.labelled(clock.instant().minus(Duration.ofDays(days))));
        ObjectNode out = Json.object();
        out.set("overall", share(accuracy.overall()));
        out.set("frame", share(accuracy.frames()));
        ArrayNode byDay = out.putArray("by_day");
        accuracy.byDay().forEach(s -> byDay.add(share(s).put("day", s.key())));
        ArrayNode byIntent = out.putArray("by_intent");
        accuracy.byIntent().forEach(s -> byIntent.add(share(s).put("intent", s.key())));
        monitorStore.all().stream().filter(m -> m.metric() == Monitor.Metric.ONLINE_INTENT_ACCURACY).findFirst()
                .ifPresent(m -> out.put("water_level", m.threshold()));
        ctx.json(out);
    }

    private static ObjectNode share(OnlineAccuracy.Share s) {
        return interval(s.right(), s.n()).put("right", s.right());
    }

    /** right of n with its 95% Wilson interval; accuracy null when n is 0. */
    private static ObjectNode interval(int right, int n) {
        var w = Wilson.interval95(right, n);
        ObjectNode out = Json.object().put("n", n).put("low", round(w.low())).put("high", round(w.high()));
        if (n == 0) out.putNull("accuracy");
        else out.put("accuracy", round((double) right / n));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private void sampling(Context ctx) {
        callers.staff(ctx);
        ctx.json(Map.of("rules", online.rules()));
    }

    private void replaceSampling(Context ctx) {
        callers.admin(ctx);
        JsonNode body = JsonBodies.object(ctx, "{\"rules\": [{\"name\", \"rate\": 0.1, \"intents\"?: [], \"engines\"?: [], \"min_confidence\"?: 0, \"max_confidence\"?: 1}]}");
        if (!body.path("rules").isArray()) throw ApiError.badRequest("rules", "rules must be a list");
        List<SamplingRule> rules = new ArrayList<>();
        for (JsonNode r : body.path("rules")) {
            try {
                rules.add(new SamplingRule(r.path("name").asString("rule " + (rules.size() + 1)), r.path("rate").asDouble(-1),
                        strings(r.path("intents")), strings(r.path("engines")), r.path("min_confidence").asDouble(0),
                        r.path("max_confidence").asDouble(1)));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("rules[" + rules.size() + "]", e.getMessage());
            }
        }
        online.replaceRules(rules);
        ctx.json(Map.of("rules", online.rules()));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }

    private void monitors(Context ctx) {
        callers.staff(ctx);
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (Monitor m : monitorStore.all()) {
            Monitors.Reading r = monitors.read(m);
            ObjectNode item = monitorJson(m).put("alerting", monitorStore.alerting(m.id())).put("n", r.n());
            if (!Double.isNaN(r.value())) item.put("value", round(r.value()));
            if (!Double.isNaN(r.low())) item.put("low", round(r.low())).put("high", round(r.high()));
            items.add(item);
        }
        ctx.json(Map.of("items", items));
    }

    private static ObjectNode monitorJson(Monitor m) {
        return Json.object().put("id", m.id()).put("name", m.name()).put("metric", m.metric().key())
                .put("threshold", m.threshold()).put("window_days", m.windowDays()).put("min_samples", m.minSamples())
                .put("webhook_url", m.webhookUrl());
    }

    private void saveMonitor(Context ctx) {
        callers.admin(ctx);
        JsonNode body = JsonBodies.object(ctx, "{\"name\", \"metric\": \"online_intent_accuracy\", \"threshold\": 0.9, "
                + "\"window_days\": 7, \"min_samples\": 20, \"webhook_url\"?: \"https://…\", \"id\"?: \"…\"}");
        String name = JsonBodies.text(body, "name", 200, "what the monitor watches, in words");
        Monitor.Metric metric;
        try {
            metric = Monitor.Metric.of(JsonBodies.text(body, "metric", 64, "which metric to watch"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("metric", e.getMessage());
        }
        if (!body.path("threshold").isNumber()) throw ApiError.badRequest("threshold", "threshold (the water level) must be a number");
        String webhook = body.path("webhook_url").isString() ? body.path("webhook_url").asString() : null;
        if (webhook != null && !webhook.matches("https?://\\S+")) throw ApiError.badRequest("webhook_url", "webhook_url must be an http(s) URL");
        Monitor m;
        try {
            m = new Monitor(body.path("id").isString() ? body.path("id").asString() : UUID.randomUUID().toString(), name,
                    metric, body.path("threshold").asDouble(), body.path("window_days").asInt(7),
                    body.path("min_samples").asInt(20), webhook);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(null, e.getMessage());
        }
        monitorStore.save(m);
        ctx.status(201).json(monitorJson(m));
    }

    private void deleteMonitor(Context ctx) {
        callers.admin(ctx);
        if (!monitorStore.delete(ctx.pathParam("id"))) throw ApiError.notFound("no monitor " + ctx.pathParam("id"));
        ctx.status(204);
    }

    private void check(Context ctx) {
        callers.admin(ctx);
        ctx.json(Map.of("raised", monitors.check()));
    }

    private void alerts(Context ctx) {
        callers.staff(ctx);
        ctx.json(Map.of("items", monitorStore.alerts(QueryParams.integer(ctx, "limit", 100, 1, 1000))));
    }

    private void dashboard(Context ctx) {
        callers.staff(ctx);
        int days = QueryParams.integer(ctx, "days", 14, 1, 366);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        ObjectNode out = Json.object().put("days", days);
        ArrayNode byDay = out.putArray("by_day");
        for (Dashboard.Day d : dashboard.byDay(since)) {
            byDay.add(Json.object().put("day", d.day()).put("turns", d.turns()).put("p50_ms", round(d.p50Ms()))
                    .put("p95_ms", round(d.p95Ms())).put("tool_calls", d.toolCalls()).put("tool_errors", d.toolErrors())
                    .put("tool_error_rate", round(d.toolErrorRate())).put("thumbs_up", d.thumbsUp())
                    .put("thumbs_down", d.thumbsDown()));
        }
        out.set("intent_mix", Json.MAPPER.valueToTree(dashboard.intentMix(since)));
        out.set("online_accuracy", share(OnlineAccuracy.of(annotations.labelled(since)).overall()));
        out.set("spans", Json.MAPPER.valueToTree(queue.stats()));
        ctx.json(out);
    }
}
