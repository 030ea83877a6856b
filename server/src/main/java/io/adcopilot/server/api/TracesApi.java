package io.adcopilot.server.api;

import io.adcopilot.core.json.Json;
import io.adcopilot.core.trace.SpanRecord;
import io.adcopilot.eval.online.AnnotationStore;
import io.adcopilot.eval.trace.SpanQueue;
import io.adcopilot.eval.trace.TraceQuery;
import io.adcopilot.eval.trace.TraceStore;
import io.adcopilot.eval.trace.TraceSummary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Traces: {@code GET /api/traces} (turns, filtered; staff see all, an advertiser their own),
 * {@code GET /api/traces/{id}} (the span tree) and {@code GET /api/traces/stats} (the writer's counters).
 */
public final class TracesApi {

    private static final Set<String> FEEDBACK = Set.of("positive", "negative", "none");
    private static final Set<String> STATUS = Set.of("ok", "error");

    private final TraceStore traces;
    private final SpanQueue queue;
    private final AnnotationStore annotations;
    private final Callers callers;

    public TracesApi(TraceStore traces, SpanQueue queue, AnnotationStore annotations, Callers callers) {
        this.traces = traces;
        this.queue = queue;
        this.annotations = annotations;
        this.callers = callers;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/traces", this::list);
        routes.get("/api/traces/stats", this::stats);
        routes.get("/api/traces/{id}", this::trace);
    }

    private void list(Context ctx) {
        Callers.Caller caller = callers.anyone(ctx);
        Optional<String> feedback = QueryParams.text(ctx, "feedback");
        if (feedback.isPresent() && !FEEDBACK.contains(feedback.get())) {
            throw ApiError.badRequest("feedback", "feedback must be positive, negative or none");
        }
        Optional<String> status = QueryParams.text(ctx, "status");
        if (status.isPresent() && !STATUS.contains(status.get())) throw ApiError.badRequest("status", "status must be ok or error");
        TraceQuery query = new TraceQuery(QueryParams.instant(ctx, "since"), QueryParams.instant(ctx, "until"),
                QueryParams.text(ctx, "intent"), QueryParams.text(ctx, "engine"), status, feedback,
                QueryParams.number(ctx, "min_confidence"), QueryParams.number(ctx, "max_confidence"), Optional.empty(),
                QueryParams.integer(ctx, "limit", 100, 1, TraceQuery.MAX_LIMIT));
        if (caller.advertiser().isPresent()) query = query.forAdvertiser(caller.advertiser().get().advertiserId());
        ctx.json(Map.of("items", traces.list(query).stream().map(TracesApi::summary).toList()));
    }

    private void trace(Context ctx) {
        Callers.Caller caller = callers.anyone(ctx);
        String id = ctx.pathParam("id");
        Optional<TraceSummary> summary = traces.summary(id);
        if (summary.isEmpty()) {
            queue.flush();
            summary = traces.summary(id);
        }
        boolean visible = summary.isPresent() && (caller.staff().isPresent()
                || caller.advertiser().get().advertiserId().equals(summary.get().advertiserId()));
        if (!visible) throw ApiError.notFound("no trace " + id);
        ObjectNode out = Json.object().put("trace_id", id);
        out.set("summary", summary(summary.get()));
        out.set("spans", Json.MAPPER.valueToTree(traces.spans(id).stream().map(TracesApi::span).toList()));
        if (caller.staff().isPresent()) out.set("flags", Json.MAPPER.valueToTree(annotations.flags(id)));
        ctx.json(out);
    }

    private void stats(Context ctx) {
        callers.staff(ctx);
        ctx.json(queue.stats());
    }

    static ObjectNode summary(TraceSummary t) {
        ObjectNode out = Json.object().put("trace_id", t.traceId()).put("started_at", t.startedAt().toString())
                .put("duration_ms", Math.round(t.durationMs() * 100) / 100.0).put("session", t.sessionId())
                .put("advertiser_id", t.advertiserId()).put("text", t.text()).put("intent", t.intent())
                .put("engine", t.engine()).put("outcome", t.outcome()).put("status", t.status());
        if (t.confidence() != null) out.put("confidence", t.confidence());
        if (t.slots() != null) out.set("slots", Json.MAPPER.readTree(t.slots()));
        if (t.feedback() != null) out.put("feedback", t.feedback());
        return out;
    }

    private static ObjectNode span(SpanRecord s) {
        ObjectNode out = Json.object().put("span_id", s.spanId()).put("parent_id", s.parentId()).put("name", s.name())
                .put("kind", s.kind().key()).put("start", s.start().toString()).put("end", s.end().toString())
                .put("duration_ms", Math.round(s.durationMs() * 1000) / 1000.0).put("status", s.status());
        if (s.error() != null) out.put("error", s.error());
        out.set("attributes", Json.MAPPER.valueToTree(s.attributes()));
        return out;
    }

    static List<ObjectNode> summaries(List<TraceSummary> list) {
        return list.stream().map(TracesApi::summary).toList();
    }
}
