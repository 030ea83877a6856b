package io.adcopilot.server;

import io.adcopilot.agent.nlu.llm.LlmCallStats;
import io.adcopilot.agent.nlu.llm.LlmListener;
import io.adcopilot.core.trace.Span;
import io.adcopilot.core.trace.SpanKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each request the LLM engine makes becomes a span of the turn it serves, with the OpenTelemetry GenAI attribute
 * names (gen_ai.operation.name, gen_ai.system, gen_ai.request.model, gen_ai.usage.input_tokens / output_tokens).
 */
final class LlmSpans implements LlmListener {

    @Override
    public void onCall(LlmCallStats call) {
        Span.current().ifPresent(parent -> {
            Instant end = Instant.now();
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("gen_ai.operation.name", "chat");
            attributes.put("gen_ai.system", "openai");
            attributes.put("gen_ai.request.model", call.model());
            attributes.put("gen_ai.usage.input_tokens", call.inputTokens());
            attributes.put("gen_ai.usage.output_tokens", call.outputTokens());
            attributes.put("llm.outcome", call.outcome().name().toLowerCase());
            attributes.put("llm.round", call.round());
            String error = call.outcome() == LlmCallStats.Outcome.VALID ? null : call.outcome().name().toLowerCase();
            parent.recordChild("chat " + call.model(), SpanKind.LLM, end.minusMillis(call.latencyMs()), end, error, attributes);
        });
    }

    @Override
    public void onFallback(String engine, String reason) {
        Span.current().ifPresent(s -> s.set("nlu.fallback", engine + ": " + reason));
    }
}
