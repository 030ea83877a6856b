package io.adcopilot.eval.dataset;

import io.adcopilot.core.json.Json;
import io.adcopilot.eval.online.Annotation;
import io.adcopilot.eval.online.AnnotationStore;
import io.adcopilot.eval.trace.TraceStore;
import io.adcopilot.eval.trace.TraceSummary;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A live turn that a reviewer labelled, as a dataset item in the spec's form: the turn's text, time (platform
 * time) and advertiser, the session's earlier user turns as history, and the first reviewer's intent and slots.
 */
public final class AnnotatedTraceItems {

    static final ZoneId PLATFORM_TIME = ZoneId.of("Asia/Shanghai");
    static final int MAX_HISTORY = 6;

    private final TraceStore traces;
    private final AnnotationStore annotations;

    public AnnotatedTraceItems(TraceStore traces, AnnotationStore annotations) {
        this.traces = traces;
        this.annotations = annotations;
    }

    /** The item, empty when there is no such trace; IllegalStateException when nobody has labelled it yet. */
    public Optional<ObjectNode> item(String traceId) {
        Optional<TraceSummary> turn = traces.summary(traceId);
        if (turn.isEmpty()) return Optional.empty();
        Annotation label = annotations.annotations(traceId).stream().findFirst().orElseThrow(() ->
                new IllegalStateException("trace " + traceId + " has no annotation yet: label it in the queue first"));
        TraceSummary t = turn.get();
        ObjectNode item = Json.object()
                .put("id", "trace-" + traceId)
                .put("now", t.startedAt().atZone(PLATFORM_TIME).toOffsetDateTime().withNano(0).toString())
                .put("advertiser", t.advertiserId());
        ArrayNode history = item.putArray("history");
        earlierUserTurns(t).forEach(text -> history.addObject().put("role", "user").put("text", text));
        item.put("text", t.text()).put("intent", label.intent());
        item.set("slots", label.slots() == null || label.slots().isBlank() ? Json.object() : Json.MAPPER.readTree(label.slots()));
        return Optional.of(item);
    }

    private Deque<String> earlierUserTurns(TraceSummary turn) {
        Deque<String> texts = new ArrayDeque<>();
        Optional<TraceSummary> previous = traces.previous(turn);
        while (previous.isPresent() && texts.size() < MAX_HISTORY) {
            texts.addFirst(previous.get().text());
            previous = traces.previous(previous.get());
        }
        return texts;
    }
}
