package io.adcopilot.agent.nlu.llm;

import io.adcopilot.agent.nlu.Frame;
import io.adcopilot.agent.nlu.NluContext;
import io.adcopilot.agent.nlu.NluEngine;
import java.util.List;
import java.util.Optional;

/**
 * The embedded engine first, the LLM only when it is unsure: when a frame of the embedded engine has a confidence
 * below the threshold, the LLM engine is asked, and its frames are taken if it gives valid ones; otherwise (the
 * LLM failed) the embedded frames stand, without understanding the utterance twice.
 */
public final class CascadeEngine implements NluEngine {

    public static final double DEFAULT_THRESHOLD = 0.8;

    private final NluEngine embedded;
    private final LlmNluEngine llm;
    private final double threshold;

    public CascadeEngine(NluEngine embedded, LlmNluEngine llm, double threshold) {
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        this.embedded = embedded;
        this.llm = llm;
        this.threshold = threshold;
    }

    public CascadeEngine(NluEngine embedded, LlmNluEngine llm) {
        this(embedded, llm, DEFAULT_THRESHOLD);
    }

    @Override
    public Frame understand(String text, NluContext context) {
        return decide(List.of(embedded.understand(text, context)), text, context).frames().get(0);
    }

    @Override
    public List<Frame> plan(String text, NluContext context) {
        return run(text, context).frames();
    }

    /** The steps of the request, with which engine answered and what the LLM gave if asked. */
    public CascadeResult run(String text, NluContext context) {
        return decide(embedded.plan(text, context), text, context);
    }

    private CascadeResult decide(List<Frame> first, String text, NluContext context) {
        if (first.stream().allMatch(f -> f.confidence() >= threshold)) {
            return new CascadeResult(first, embedded.name(), Optional.empty());
        }
        LlmResult asked = llm.ask(text, context);
        if (asked.succeeded()) return new CascadeResult(asked.frames(), llm.name(), Optional.of(asked));
        llm.reportFallback(embedded.name(), asked);
        return new CascadeResult(first, embedded.name(), Optional.of(asked));
    }

    public double threshold() {
        return threshold;
    }

    @Override
    public String name() {
        return "cascade";
    }
}
